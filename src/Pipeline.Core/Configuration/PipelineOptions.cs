namespace Pipeline.Core.Configuration;

/// <summary>The whole of <c>pipeline.yaml</c>; every section is optional and defaults to the values below.</summary>
public sealed record PipelineOptions
{
    /// <summary>Project name, shown in logs, dashboards and run history.</summary>
    public string Name { get; init; } = "isp-es";

    /// <summary>Folder where federations drop their files, one sub-folder per federation.</summary>
    public string Inbox { get; init; } = "inbox";

    /// <summary>Folder of the lake: landing/, raw/, quarantine/ and marts/.</summary>
    public string Lake { get; init; } = "lake";

    /// <summary>The DuckDB warehouse file.</summary>
    public string Warehouse { get; init; } = "warehouse/pipeline.duckdb";

    /// <summary>Folder of the published static site.</summary>
    public string Site { get; init; } = "site";

    public DuckDbOptions DuckDb { get; init; } = new();

    /// <summary>Federations allowed to send files, in declaration order.</summary>
    public IReadOnlyList<FederationOptions> Federations { get; init; } = FederationOptions.Defaults;

    public IngestionOptions Ingestion { get; init; } = new();

    public TransformsOptions Transforms { get; init; } = new();

    public PrivacyOptions Privacy { get; init; } = new();

    public DashboardsOptions Dashboards { get; init; } = new();

    public ScheduleOptions Schedule { get; init; } = new();
}
