using System.Diagnostics;
using System.Globalization;
using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Benchmarks;

/// <summary>
/// (a) The engine's overhead: <c>pipeline transform</c> (discovery, parsing, DAG, transactions, swaps, row
/// counts, artifacts) against DuckDB running the same 30 models as one plain script, on the same
/// warehouse file, alternately, in the same process.
/// </summary>
internal static class OverheadBenchmark
{
    public static async Task<int> RunAsync(long rows, int rounds, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(a) Overhead — {SectorModels.All.Count} models, 3 seeds, {rows:N0} synthetic trainee rows, {rounds} rounds"));
        var clock = Stopwatch.StartNew();
        using var project = await SyntheticProject.CreateAsync(rows);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    lake written in {clock.Elapsed.TotalSeconds:0.0} s ({DirectorySize(Path.Combine(project.Root, "lake")) / 1e6:0} MB of Parquet)"));

        var script = project.PlainScript();
        var pipelineProject = PipelineProject.Load(project.Root);

        // Warm-up: caches, JIT, first creation of every relation.
        await RunScriptAsync(project, script);
        var warm = await RunEngineAsync(pipelineProject, threads: 1);
        if (!warm.Succeeded)
        {
            output.WriteLine("    the engine failed: " + string.Join("; ", warm.Results.Where(r => r.IsFailure).Select(r => $"{r.Name}: {r.Message}")));
            return 1;
        }

        await CompareAsync(project, output);

        var scriptRuns = new Timings("plain DuckDB script");
        var engine = new Timings("engine, threads=1");
        var engineParallel = new Timings("engine, threads=2");
        for (var round = 0; round < rounds; round++)
        {
            await scriptRuns.MeasureAsync(() => RunScriptAsync(project, script));
            await engine.MeasureAsync(() => RunEngineAsync(pipelineProject, threads: 1));
            await engineParallel.MeasureAsync(() => RunEngineAsync(pipelineProject, threads: 2));
        }

        foreach (var timings in new[] { scriptRuns, engine, engineParallel })
        {
            output.WriteLine(timings.Describe(timings == scriptRuns ? null : scriptRuns));
        }

        var wall = engine.BestWall / scriptRuns.BestWall;
        var cpu = engine.BestCpu / scriptRuns.BestCpu;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ratio engine/script, threads=1, best runs: {wall:0.000}× wall-clock, {cpu:0.000}× CPU time"));
        output.WriteLine("    target ≤ 1.15×: " + (Math.Min(wall, cpu) <= 1.15 ? "met" : "NOT met"));
        return 0;
    }

    private static async Task RunScriptAsync(SyntheticProject project, string script)
    {
        Directory.CreateDirectory(Path.Combine(project.Root, "lake", "marts-script"));
        Directory.CreateDirectory(Path.GetDirectoryName(project.Warehouse)!);
        await using var connection = new DuckDBConnection(project.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
    }

    private static Task<RunResults> RunEngineAsync(PipelineProject project, int threads) =>
        new TransformRunner(project).TransformAsync(new RunOptions { Threads = threads });

    // Both ways must build the same marts: compare a checksum of every table after each.
    private static async Task CompareAsync(SyntheticProject project, TextWriter output)
    {
        var afterEngine = await ChecksumsAsync(project);
        await RunScriptAsync(project, project.PlainScript());
        var afterScript = await ChecksumsAsync(project);
        var different = afterEngine.Except(afterScript).Select(s => s.Split(' ')[0]).ToList();
        output.WriteLine(different.Count == 0
            ? $"    same contents from engine and script: yes ({afterEngine.Count} tables checked)"
            : $"    same contents from engine and script: NO, {string.Join(", ", different)} differ");
    }

    private static async Task<List<string>> ChecksumsAsync(SyntheticProject project)
    {
        await using var connection = new DuckDBConnection(project.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sums = new List<string>();
        foreach (var table in tables)
        {
            // Float sums depend on the order threads add them up: compare them rounded.
            var columns = new List<string>();
            await using (var describe = connection.CreateCommand())
            {
                describe.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position";
                await using var reader = await describe.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var column = $"\"{reader.GetString(0)}\"";
                    columns.Add(reader.GetString(1) is "DOUBLE" or "FLOAT" ? $"round({column}, 6)" : column);
                }
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(row({string.Join(", ", columns)})))::VARCHAR, '') FROM \"{table}\"";
            sums.Add(table + " " + await command.ExecuteScalarAsync());
        }

        return sums;
    }

    private static long DirectorySize(string path) =>
        Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
