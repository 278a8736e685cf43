namespace Pipeline.Transforms.Testing;

/// <summary>A data test: a query returning the failing rows; none returned means it passes.</summary>
public sealed record DataTest
{
    /// <summary>dbt-style name: <c>not_null_stg_parcours_parcours_id</c>, or the singular test's file stem.</summary>
    public required string Name { get; init; }

    /// <summary><c>test.&lt;name&gt;</c>.</summary>
    public string UniqueId => "test." + Name;

    public required TestKind Kind { get; init; }

    /// <summary>The model or seed the test is declared on (generic tests); null for singular tests.</summary>
    public string? Model { get; init; }

    /// <summary>The tested column or expression (generic tests).</summary>
    public string? Column { get; init; }

    public TestSeverity Severity { get; init; } = TestSeverity.Error;

    /// <summary>Models and seeds the query reads, sorted: a failing error test skips what lies downstream of them.</summary>
    public required IReadOnlyList<string> DependsOn { get; init; }

    /// <summary>Sources the query reads (singular tests).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The column a <c>not_null</c> test checks, so that the tests of one relation share a scan (<see cref="NullCounts"/>).</summary>
    internal NullCheck? NullCheck { get; init; }

    /// <summary>The query returning the failing rows.</summary>
    public required string Sql { get; init; }

    /// <summary>The YAML file declaring it, or the singular test's <c>.sql</c> file (absolute).</summary>
    public required string FilePath { get; init; }

    /// <summary>Path relative to the project folder, with '/' separators.</summary>
    public required string RelativePath { get; init; }

    /// <summary>Line of the declaration in <see cref="FilePath"/> (1 for singular tests).</summary>
    public int Line { get; init; } = 1;

    public string? Description { get; init; }

    /// <summary>Arguments as written, for the manifest and docs (<c>values</c>, <c>to</c>, <c>field</c>, <c>where</c>).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();
}
