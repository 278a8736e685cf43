using System.Data.Common;

namespace Pipeline.DuckDb;

/// <summary>The provider factory, for code written against DbProviderFactory.</summary>
public sealed class DuckDBProviderFactory : DbProviderFactory
{
    public static readonly DuckDBProviderFactory Instance = new();

    private DuckDBProviderFactory()
    {
    }

    public override DbConnection CreateConnection() => new DuckDBConnection();

    public override DbCommand CreateCommand() => new DuckDBCommand();

    public override DbParameter CreateParameter() => new DuckDBParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => new();
}
