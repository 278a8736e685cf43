namespace Pipeline.Transforms.Testing;

/// <summary>The kinds of data test: dbt's four generic tests and singular SQL tests.</summary>
public enum TestKind
{
    NotNull,
    Unique,
    AcceptedValues,
    Relationships,

    /// <summary>A <c>.sql</c> file under a test path; every row it returns is a failure.</summary>
    Singular,
}
