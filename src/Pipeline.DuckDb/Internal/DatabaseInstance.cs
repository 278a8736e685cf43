using System.Text.RegularExpressions;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>One native DuckDB database (duckdb_database), shared by every connection to the same file.</summary>
internal sealed partial class DatabaseInstance : IDisposable
{
    private const string SettingsHelp =
        "Keys other than 'Data Source' are DuckDB configuration options (threads, memory_limit, temp_directory, access_mode, TimeZone, ...).";

    private static readonly string[] ExtensionSettings = ["TimeZone", "Calendar"];

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
        foreach (var (key, value) in settings.Options.Where(o => !IsExtensionSetting(o.Key)))
        {
            Set(config, key, value);
        }

        // duckdb_open_ext knows only ":memory:": it would take ":memory:name" for a file name. A named in-memory
        // database is one ":memory:" instance that the registry shares by name.
        var path = settings.IsPrivateMemory || settings.IsNamedMemory ? ConnectionSettings.MemoryDataSource : settings.DataSource;
        if (NativeMethods.OpenExt(path, out var rawDatabase, config, out var error) != NativeMethods.State.Success)
        {
            var message = Utf8Text.FromAllocated(error) ?? "unknown error";
            throw message.Contains("options were not recognized", StringComparison.OrdinalIgnoreCase)
                ? new ArgumentException($"Unknown DuckDB setting in the connection string: {message}. {SettingsHelp}")
                : OpenError(settings.DataSource, message);
        }

        var instance = new DatabaseInstance(settings, new DatabaseHandle(rawDatabase));
        try
        {
            ApplyExtensionSettings(instance.Handle, settings);
        }
        catch
        {
            instance.Dispose();
            throw;
        }

        return instance;
    }

    public void Dispose() => Handle.Dispose();

    private static void Set(ConfigHandle config, string key, string value)
    {
        if (NativeMethods.SetConfig(config, key, value) != NativeMethods.State.Success)
        {
            throw new ArgumentException($"Unknown or invalid DuckDB setting '{key}={value}' in the connection string. {SettingsHelp}");
        }
    }

    /// <summary>
    /// True for the settings of the statically linked ICU extension (TimeZone, Calendar): DuckDB rejects them in the
    /// open config, before its extensions load ("the icu extension needs to be loaded"), so they are set once open.
    /// </summary>
    private static bool IsExtensionSetting(string key) => ExtensionSettings.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static void ApplyExtensionSettings(DatabaseHandle database, ConnectionSettings settings)
    {
        var deferred = settings.Options.Where(o => IsExtensionSetting(o.Key)).ToList();
        if (deferred.Count == 0)
        {
            return;
        }

        if (NativeMethods.Connect(database, out var raw) != NativeMethods.State.Success)
        {
            throw new DuckDBException($"Cannot connect to the DuckDB database '{settings.DataSource}'.", DuckDBErrorType.Connection);
        }

        using var connection = new ConnectionHandle(raw);
        foreach (var (key, value) in deferred)
        {
            var name = ExtensionSettings.First(s => string.Equals(s, key, StringComparison.OrdinalIgnoreCase));
            var sql = $"SET GLOBAL {name} = '{value.Replace("'", "''", StringComparison.Ordinal)}'";
            try
            {
                using var run = new ScriptRun(
                    StatementScript.Parse(connection, sql), new DuckDBParameterCollection(), sql, new ExecutionScope(connection, 0, CancellationToken.None));
                run.ExecuteRemaining();
            }
            catch (DuckDBException e)
            {
                throw new ArgumentException($"Invalid DuckDB setting '{key}={value}' in the connection string: {e.Message}", e);
            }
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
