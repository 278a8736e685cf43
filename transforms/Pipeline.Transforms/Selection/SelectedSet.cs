namespace Pipeline.Transforms.Selection;

/// <summary>The models/seeds and the tests a selection keeps, by name.</summary>
internal sealed record SelectedSet(IReadOnlySet<string> Nodes, IReadOnlySet<string> Tests);
