using Pipeline.Ingestion.Contracts;

namespace Pipeline.Ingestion.Tests;

/// <summary>The repository's contracts, loaded once.</summary>
internal static class Contracts
{
    public static ContractCatalog Catalog { get; } = ContractCatalog.Load(Path.Combine(RepositoryRoot.Path, "ingestion", "contracts"));
}
