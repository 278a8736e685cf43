namespace Pipeline.Transforms.Discovery.Yaml;

/// <summary>One <c>*.yml</c> model file in dbt's <c>schema.yml</c> shape.</summary>
internal sealed record SchemaFile(
    string FilePath,
    IReadOnlyList<NodeSpec> Models,
    IReadOnlyList<NodeSpec> Seeds,
    IReadOnlyList<SourceSpec> Sources,
    IReadOnlyList<SingularTestSpec> DataTests);

/// <summary>A model or seed as described in YAML.</summary>
internal sealed record NodeSpec(string Name, string FilePath, int Line)
{
    public string? Description { get; init; }

    /// <summary><c>view</c>, <c>table</c> or <c>parquet</c> (already validated), from <c>config: materialized:</c>.</summary>
    public string? Materialized { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<ColumnSpec> Columns { get; init; } = [];

    /// <summary>Model-level generic tests (they name their column with <c>column_name:</c>).</summary>
    public IReadOnlyList<TestSpec> Tests { get; init; } = [];

    /// <summary>Seeds: <c>config: column_types:</c>.</summary>
    public IReadOnlyDictionary<string, string> ColumnTypes { get; init; } = new Dictionary<string, string>();
}

/// <summary>A column as described in YAML, with its tests.</summary>
internal sealed record ColumnSpec(string Name, int Line, string? Description, string? DataType, IReadOnlyList<TestSpec> Tests);

/// <summary>A generic test as written: <c>- unique</c> or <c>- accepted_values: { values: [...] }</c>.</summary>
internal sealed record TestSpec(string TestName, string FilePath, int Line)
{
    /// <summary>The column or expression tested: the enclosing column, or <c>column_name:</c>.</summary>
    public string? Column { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary><c>to:</c> as written: <c>ref('x')</c>, <c>source('s', 't')</c> or a bare name.</summary>
    public string? To { get; init; }

    public string? Field { get; init; }

    /// <summary><c>warn</c> or <c>error</c>, from <c>severity:</c> or <c>config: severity:</c>.</summary>
    public string? Severity { get; init; }

    /// <summary>A filter on the tested relation (<c>config: where:</c>).</summary>
    public string? Where { get; init; }

    /// <summary>A name replacing the generated one.</summary>
    public string? CustomName { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <c>sources:</c> entry: tables read but not built (schema defaults to the source's name).</summary>
internal sealed record SourceSpec(
    string Name, string Schema, string FilePath, int Line, string? Description, IReadOnlyList<SourceTableSpec> Tables);

internal sealed record SourceTableSpec(string Name, int Line, string? Description, IReadOnlyList<ColumnSpec> Columns);

/// <summary>A <c>data_tests:</c> entry: description and severity of a singular test.</summary>
internal sealed record SingularTestSpec(string Name, string FilePath, int Line, string? Description, string? Severity);
