using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>
/// The real-size sector (scale 1, every year, no defects so that totals compare exactly), generated ONCE
/// for the §7 checks, then read back from its files into DuckDB tables (see <see cref="SectorTables"/>).
/// </summary>
public sealed class FullScaleSector : GeneratedInbox
{
    private readonly TempFolder scratch = new();

    public FullScaleSector()
        : base(path => new SampleDataOptions { OutputPath = path, Scale = 1, DefectRate = 0, Parallelism = Environment.ProcessorCount })
    {
        Duck = new Duck();
        try
        {
            SectorTables.Load(Duck, this, scratch.FullPath);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    internal Duck Duck { get; }

    /// <summary>A one-value query on the loaded tables, as a double (sums of BIGINT are HUGEINT in DuckDB).</summary>
    public double Value(string sql) => Duck.Scalar<double>($"SELECT CAST(({sql}) AS DOUBLE)");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Duck.Dispose();
            scratch.Dispose();
        }

        base.Dispose(disposing);
    }
}

[CollectionDefinition(Name)]
public sealed class FullScaleSectorCollection : ICollectionFixture<FullScaleSector>
{
    public const string Name = "full-scale sector";
}
