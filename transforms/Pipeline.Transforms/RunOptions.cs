namespace Pipeline.Transforms;

/// <summary>What to run and how: dbt-style selection and parallelism.</summary>
public sealed record RunOptions
{
    /// <summary>
    /// Selectors, united: <c>x</c>, <c>x+</c> (and descendants), <c>+x</c> (and ancestors), <c>2+x</c>,
    /// <c>tag:t</c>, <c>path:marts/penurie</c>, <c>stg_*</c>; a comma intersects (<c>tag:a,path:marts</c>).
    /// Empty: everything.
    /// </summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>Selectors removed from the selection.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Models built at once; null: <c>transforms.threads</c> of <c>pipeline.yaml</c>.</summary>
    public int? Threads { get; init; }
}
