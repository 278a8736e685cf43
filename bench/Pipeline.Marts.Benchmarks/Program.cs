using System.Globalization;
using Pipeline.DuckDb;
using Pipeline.Marts.Benchmarks;
using Pipeline.Transforms;
using Pipeline.Transforms.Benchmarks;
using Pipeline.Transforms.Results;

// dotnet run -c Release --project bench/Pipeline.Marts.Benchmarks -- [--scale 1] [--years 2017-2024] [--rounds 3]
//     [--project DIR (kept, reused when it holds a lake)] [--memory-limit 8GB]
//     [--profile: then runs the plain script's steps one at a time and lists each model's wall and CPU time]
var scale = double.Parse(Option("--scale", "1"), CultureInfo.InvariantCulture);
var years = Option("--years", "2017-2024").Split('-');
var rounds = int.Parse(Option("--rounds", "3"), CultureInfo.InvariantCulture);
var keep = Option("--project", "");
var root = keep.Length > 0 ? Path.GetFullPath(keep) : Path.Combine(Path.GetTempPath(), "bench-marts-" + Guid.NewGuid().ToString("N"));

Console.WriteLine($"pipeline build of the sector models — DuckDB {DuckDBConnection.LibraryVersion}, {Environment.ProcessorCount} cores, scale {scale}, years {string.Join('-', years)}");
try
{
    var project = await SectorProject.PrepareAsync(root, scale, int.Parse(years[0], CultureInfo.InvariantCulture),
        int.Parse(years[^1], CultureInfo.InvariantCulture), Option("--memory-limit", "8GB"), Console.Out);
    var runner = new TransformRunner(project);
    var graph = await runner.LoadAsync();
    var script = PlainScript.For(graph, project, Path.Combine(root, "script-marts"));

    var warm = await runner.BuildAsync();
    if (!warm.Succeeded)
    {
        Console.WriteLine("    the build failed: " + string.Join("; ", warm.Results.Where(r => r.IsFailure).Select(r => $"{r.Name}: {r.Message}")));
        return 1;
    }

    var build = new Timings("engine build (models + tests)");
    var transform = new Timings("engine transform (models)");
    var plain = new Timings("DuckDB plain script (models)");
    RunResults last = warm;
    for (var round = 0; round < rounds; round++)
    {
        await plain.MeasureAsync(() => RunScriptAsync(project.WarehouseConnectionString, script));
        await transform.MeasureAsync(() => runner.TransformAsync());
        await build.MeasureAsync(async () => last = await runner.BuildAsync());
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    {graph.Nodes.Count} seeds and models, {graph.Tests.Count} tests; best of {rounds} rounds after a warm-up"));
    foreach (var timings in new[] { plain, transform, build })
    {
        Console.WriteLine(timings.Describe(timings == plain ? null : plain));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    engine/script (models only): ×{transform.BestWall / plain.BestWall:0.000} wall, ×{transform.BestCpu / plain.BestCpu:0.000} CPU"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    peak resident memory of the process: {PeakResidentMegabytes():0} MB"));
    Console.WriteLine("    slowest steps of the last build:");
    foreach (var step in last.Results.OrderByDescending(r => r.Elapsed).Take(8))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {step.Elapsed.TotalSeconds,6:0.00} s  {step.Name} ({step.Rows?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"} rows)"));
    }

    if (args.Contains("--profile"))
    {
        await ProfileAsync(project.WarehouseConnectionString, PlainScript.Steps(graph, project, Path.Combine(root, "script-marts")));
    }

    return 0;
}
finally
{
    if (keep.Length == 0 && Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task RunScriptAsync(string connectionString, string script)
{
    await using var connection = new DuckDBConnection(connectionString);
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = script;
    await command.ExecuteNonQueryAsync();
}

// Where the models' CPU goes: each step alone, so that its times are its own (the build runs two at a time).
static async Task ProfileAsync(string connectionString, IReadOnlyList<(string Name, string Sql)> steps)
{
    await using var connection = new DuckDBConnection(connectionString);
    await connection.OpenAsync();
    var measured = new List<(string Name, double Wall, double Cpu)>();
    foreach (var (name, sql) in steps)
    {
        var step = new Timings(name);
        await step.MeasureAsync(async () =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        });
        measured.Add((name, step.BestWall, step.BestCpu));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    the plain script step by step: {measured.Sum(m => m.Wall):0.00} s wall, {measured.Sum(m => m.Cpu):0.00} s CPU; the costliest steps (CPU, wall):"));
    foreach (var (name, wall, cpu) in measured.OrderByDescending(m => m.Cpu).Take(20))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {cpu,6:0.00} s  {wall,6:0.00} s  {name}"));
    }
}

// VmHWM: the high-water mark of the resident set, DuckDB's buffers included.
static double PeakResidentMegabytes() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

string Option(string name, string defaultValue)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : defaultValue;
}
