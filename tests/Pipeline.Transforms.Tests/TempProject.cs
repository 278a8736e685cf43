using Pipeline.Core;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Tests;

/// <summary>
/// A transform project in a fresh folder under the system temp folder, deleted on dispose: a copy of a
/// fixture (its <c>lake-csv/</c> turned into the lake's Parquet files) or files written by the test.
/// One per test, so tests run in parallel.
/// </summary>
internal sealed class TempProject : IDisposable
{
    private const string MinimalConfig = """
        name: temp
        warehouse: warehouse/temp.duckdb
        duckdb: { threads: 1, memory_limit: 1GB }
        transforms:
          model_paths: [models]
          seed_paths: [seeds]
          test_paths: [tests]
        """;

    private TempProject(string path) => Path = path;

    public string Path { get; }

    public PipelineProject Project => PipelineProject.Load(Path);

    public TransformRunner Runner => new(Project);

    public string Warehouse => Project.WarehousePath;

    /// <summary>An empty project whose models live under <c>models/</c>, seeds under <c>seeds/</c>, tests under <c>tests/</c>.</summary>
    public static TempProject Empty(string config = MinimalConfig)
    {
        var project = new TempProject(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-transforms-tests-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(project.Path);
        project.Write(PipelineProject.FileName, config);
        return project;
    }

    /// <summary>A copy of <c>Fixtures/&lt;name&gt;</c> with its lake written as Parquet.</summary>
    public static async Task<TempProject> FromFixtureAsync(string name = "sector")
    {
        var project = new TempProject(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-transforms-tests-" + Guid.NewGuid().ToString("N")));
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(project.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await project.WriteLakeAsync();
        return project;
    }

    /// <summary>Writes a file under the project; returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Replaces <paramref name="oldText"/> (which must be there) in a file of the project.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string FullPath(string relativePath) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Opens a connection to the project's warehouse.</summary>
    public DuckDBConnection Open()
    {
        var connection = new DuckDBConnection(Project.WarehouseConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Every row of a query as tab-separated text, in the query's order.</summary>
    public IReadOnlyList<string> Rows(string sql)
    {
        using var connection = Open();
        return Sql.Rows(connection, sql);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test: leave it to the temp cleaner rather than hide the failure.
        }
    }

    // lake-csv/<dataset>/<partition>/<file>.csv → lake/raw/<dataset>/<partition>/<file>.parquet
    private async Task WriteLakeAsync()
    {
        var csvRoot = System.IO.Path.Combine(Path, "lake-csv");
        if (!Directory.Exists(csvRoot))
        {
            return;
        }

        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        foreach (var csv in Directory.EnumerateFiles(csvRoot, "*.csv", SearchOption.AllDirectories))
        {
            var parquet = System.IO.Path.ChangeExtension(
                System.IO.Path.Combine(Path, "lake", "raw", System.IO.Path.GetRelativePath(csvRoot, csv)), ".parquet");
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(parquet)!);
            await using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_csv('{csv}', header = true)) TO '{parquet}' (FORMAT parquet)";
            await command.ExecuteNonQueryAsync();
        }
    }
}
