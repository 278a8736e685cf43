namespace Pipeline.Transforms.Materialisation;

/// <summary>The lake datasets readable in this run, and why the unreadable ones are not.</summary>
internal sealed record RawSources(IReadOnlySet<string> Readable, IReadOnlyDictionary<string, string> Broken);
