namespace Pipeline.Transforms.Dependencies;

/// <summary>What a <c>{{ config(...) }}</c> call in a SQL file sets, dbt style.</summary>
/// <param name="Line">Line of the call, for errors.</param>
internal sealed record TemplateConfig(int Line)
{
    public string? Materialized { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Severity { get; init; }
}
