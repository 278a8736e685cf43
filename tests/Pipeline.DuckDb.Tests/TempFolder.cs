using System.Data.Common;

namespace Pipeline.DuckDb.Tests;

/// <summary>
/// A fresh directory under the system temp folder for one test, deleted with everything in it on Dispose.
/// Tests run in parallel: each uses its own folder and database files, never a shared one.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        FullPath = Path.Combine(Path.GetTempPath(), "pipeline-duckdb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    /// <summary>The full path of <paramref name="name"/> inside the folder.</summary>
    public string PathOf(string name) => Path.Combine(FullPath, name);

    /// <summary>A connection string for a database file in the folder, with optional extra DuckDB settings.</summary>
    public string ConnectionString(string fileName = "test.duckdb", string? settings = null)
    {
        var builder = new DbConnectionStringBuilder { ["Data Source"] = PathOf(fileName) };
        return settings is null ? builder.ConnectionString : $"{builder.ConnectionString};{settings}";
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
