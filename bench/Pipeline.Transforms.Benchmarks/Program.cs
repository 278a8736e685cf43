using System.Globalization;
using Pipeline.Transforms.Benchmarks;

// dotnet run -c Release --project bench/Pipeline.Transforms.Benchmarks -- [overhead|planning|all] [--rows N] [--rounds N] [--models N]
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var rows = Option("--rows", 5_000_000);
var rounds = (int)Option("--rounds", 3);
var models = (int)Option("--models", 1000);

Console.WriteLine($"Pipeline.Transforms benchmarks — DuckDB {Pipeline.DuckDb.DuckDBConnection.LibraryVersion}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var exitCode = 0;
if (command is "planning" or "all")
{
    exitCode |= await PlanningBenchmark.RunAsync(models, repeats: 5, Console.Out);
}

if (command is "overhead" or "all")
{
    exitCode |= await OverheadBenchmark.RunAsync(rows, rounds, Console.Out);
}

return exitCode;

long Option(string name, long defaultValue)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? long.Parse(args[index + 1], CultureInfo.InvariantCulture) : defaultValue;
}
