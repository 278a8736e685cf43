namespace Pipeline.Transforms.Graph;

/// <summary>What a node of the transform graph is.</summary>
public enum NodeKind
{
    /// <summary>A CSV file under a seed path, loaded as a table named after the file.</summary>
    Seed,

    /// <summary>A <c>.sql</c> file holding one SELECT.</summary>
    Model,

    /// <summary>A data test: generic (<c>unique</c>, <c>not_null</c>...) or singular (a <c>.sql</c> returning failing rows).</summary>
    Test,
}
