namespace Pipeline.Transforms.Graph;

/// <summary>How a model is stored in the warehouse.</summary>
public enum Materialization
{
    /// <summary>A view: nothing stored, the SELECT runs when read (default under a <c>staging</c> folder).</summary>
    View,

    /// <summary>A table rebuilt on every run (default under a <c>marts</c> folder).</summary>
    Table,

    /// <summary>A table, also exported to <c>lake/marts/&lt;model&gt;.parquet</c>.</summary>
    Parquet,
}
