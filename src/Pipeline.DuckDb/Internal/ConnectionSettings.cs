using System.Data.Common;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// A parsed connection string: the data source, and every other key passed as-is to DuckDB's config
/// (threads, memory_limit, temp_directory, access_mode, TimeZone, ...).
/// </summary>
internal sealed record ConnectionSettings(string DataSource, IReadOnlyList<KeyValuePair<string, string>> Options)
{
    public const string MemoryDataSource = ":memory:";
    private static readonly string[] DataSourceKeys = ["data source", "datasource", "data_source"];

    /// <summary>True for ":memory:", a private database per connection.</summary>
    public bool IsPrivateMemory => DataSource == MemoryDataSource;

    /// <summary>True for ":memory:name", an in-memory database shared in the process by name.</summary>
    public bool IsNamedMemory => DataSource.StartsWith(MemoryDataSource, StringComparison.Ordinal) && !IsPrivateMemory;

    /// <summary>The key identifying the native database instance: the full file path or the memory name.</summary>
    public string InstanceKey => DataSource.StartsWith(MemoryDataSource, StringComparison.Ordinal) ? DataSource : Path.GetFullPath(DataSource);

    /// <summary>The options in a canonical order, to compare the settings of two openers of one database.</summary>
    public string OptionsSignature => string.Join(';', Options
        .Select(o => $"{o.Key.ToUpperInvariant()}={o.Value}")
        .Order(StringComparer.Ordinal));

    public static ConnectionSettings Parse(string? connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString ?? string.Empty };
        string? dataSource = null;
        var options = new List<KeyValuePair<string, string>>();
        foreach (string key in builder.Keys)
        {
            var value = Convert.ToString(builder[key], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            if (DataSourceKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                dataSource = value;
            }
            else
            {
                options.Add(new(key, value));
            }
        }

        return new ConnectionSettings(string.IsNullOrWhiteSpace(dataSource) ? MemoryDataSource : dataSource.Trim(), options);
    }
}
