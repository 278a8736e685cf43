using Pipeline.DuckDb.Benchmarks;

// Whole-process timing rather than BenchmarkDotNet: one run at 10M rows takes seconds and its memory is the
// point, so the phases are timed directly and BenchmarkDotNet's many-iteration harness would add nothing.
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"{e.Message} See --help.");
    return ExitCodes.UsageError;
}

if (options.ShowHelp)
{
    Console.WriteLine(BenchmarkOptions.HelpText);
    return ExitCodes.Success;
}

#if DEBUG
await Console.Error.WriteLineAsync("warning: a Debug build; run with -c Release for figures that mean anything.");
#endif

try
{
    var report = new BenchmarkRunner(options, Console.Error).Run();
    ResultTable.Write(report, Console.Out);
    if (options.JsonPath is not null)
    {
        JsonReport.Write(report, options.JsonPath);
        await Console.Error.WriteLineAsync($"JSON written to {options.JsonPath}");
    }

    return ExitCodes.Success;
}
catch (ChecksumMismatchException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return ExitCodes.ChecksumMismatch;
}
