namespace Pipeline.DuckDb.Benchmarks;

/// <summary>The targets: how many times slower than the engine the provider may be.</summary>
internal static class Targets
{
    public const double Reader = 4;
    public const double Appender = 3;
}
