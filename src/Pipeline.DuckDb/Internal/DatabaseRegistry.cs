namespace Pipeline.DuckDb.Internal;

/// <summary>
/// The process-wide table of open native databases. DuckDB allows one native instance per file per process
/// (a second duckdb_open of the same file in one process is unsafe), so connections to one file share an
/// instance, which is closed, releasing the file lock, when its last connection closes. This is the one
/// piece of static mutable state in the provider, and it is here because the constraint is per process.
/// </summary>
internal static class DatabaseRegistry
{
    private static readonly Dictionary<string, DatabaseInstance> Instances = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static DatabaseInstance Acquire(ConnectionSettings settings)
    {
        if (settings.IsPrivateMemory)
        {
            var instance = DatabaseInstance.Open(settings);
            instance.OpenConnections = 1;
            return instance;
        }

        lock (Gate)
        {
            if (Instances.TryGetValue(settings.InstanceKey, out var shared))
            {
                if (shared.Settings.OptionsSignature != settings.OptionsSignature)
                {
                    throw new InvalidOperationException(
                        $"The DuckDB database '{settings.DataSource}' is already open in this process with other settings " +
                        $"('{shared.Settings.OptionsSignature}' vs '{settings.OptionsSignature}'). One file has one native " +
                        "instance per process: open every connection to it with the same connection-string options.");
                }

                shared.OpenConnections++;
                return shared;
            }

            var opened = DatabaseInstance.Open(settings);
            opened.OpenConnections = 1;
            Instances.Add(settings.InstanceKey, opened);
            return opened;
        }
    }

    public static void Release(DatabaseInstance instance)
    {
        if (instance.Settings.IsPrivateMemory)
        {
            instance.Dispose();
            return;
        }

        lock (Gate)
        {
            if (--instance.OpenConnections > 0)
            {
                return;
            }

            Instances.Remove(instance.Settings.InstanceKey);
            instance.Dispose();
        }
    }
}
