using System.Text.RegularExpressions;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>One native DuckDB database (duckdb_database), shared by every connection to the same file.</summary>
internal sealed partial class DatabaseInstance : IDisposable
{
    private DatabaseInstance(ConnectionSettings settings, DatabaseHandle handle)
    {
        Settings = settings;
        Handle = handle;
    }

    public ConnectionSettings Settings { get; }

    public DatabaseHandle Handle { get; }

    /// <summary>Connections currently open on this instance (guarded by the registry's lock).</summary>
    public int OpenConnections { get; set; }

    public static unsafe DatabaseInstance Open(ConnectionSettings settings)
    {
        if (NativeMethods.CreateConfig(out var rawConfig) != NativeMethods.State.Success)
        {
            throw new DuckDBException("DuckDB could not allocate a configuration.", DuckDBErrorType.OutOfMemory);
        }

        using var config = new ConfigHandle(rawConfig);
        // Nothing may be downloaded at run time: Parquet, JSON and ICU are linked into libduckdb.
        Set(config, "autoinstall_known_extensions", "false");
        foreach (var (key, value) in settings.Options)
        {
            Set(config, key, value);
        }

        var path = settings.IsPrivateMemory ? ConnectionSettings.MemoryDataSource : settings.DataSource;
        if (NativeMethods.OpenExt(path, out var rawDatabase, config, out var error) != NativeMethods.State.Success)
        {
            var message = Utf8Text.FromAllocated(error) ?? "unknown error";
            throw OpenError(settings.DataSource, message);
        }

        return new DatabaseInstance(settings, new DatabaseHandle(rawDatabase));
    }

    public void Dispose() => Handle.Dispose();

    private static void Set(ConfigHandle config, string key, string value)
    {
        if (NativeMethods.SetConfig(config, key, value) != NativeMethods.State.Success)
        {
            throw new ArgumentException(
                $"Unknown or invalid DuckDB setting '{key}={value}' in the connection string. " +
                "Keys other than 'Data Source' are DuckDB configuration options (threads, memory_limit, temp_directory, access_mode, TimeZone, ...).");
        }
    }

    private static DuckDBException OpenError(string dataSource, string message)
    {
        var lockHolder = LockHolderPattern().Match(message);
        if (lockHolder.Success)
        {
            return new DuckDBException(
                $"Cannot open the DuckDB file '{dataSource}': another process holds its lock " +
                $"(PID {lockHolder.Groups["pid"].Value}, {lockHolder.Groups["program"].Value.Trim()}). " +
                "DuckDB allows one writing process per file: wait for that process to finish (a running 'pipeline worker' or " +
                $"another 'pipeline' command?) or stop it, then try again. DuckDB said: {message}",
                DuckDBErrorType.IO);
        }

        return new DuckDBException($"Cannot open the DuckDB database '{dataSource}': {message}", DuckDBErrorType.IO);
    }

    [GeneratedRegex(@"held in (?<program>.*?)\s*\(PID (?<pid>\d+)\)")]
    private static partial Regex LockHolderPattern();
}
