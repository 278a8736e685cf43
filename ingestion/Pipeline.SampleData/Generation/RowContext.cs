using Pipeline.SampleData.World;

namespace Pipeline.SampleData.Generation;

/// <summary>What a dataset's rows are generated for: one federation's file of one year.</summary>
internal sealed record RowContext(SectorWorld World, string Federation, int Year, string SchemaVersion)
{
    public int Seed => World.Seed;

    /// <summary>The three columns every file starts with.</summary>
    public object?[] Row(params object?[] values) => [Federation, Year, SchemaVersion, .. values];

    public IEnumerable<Operator> Operators => World.Operators.Where(o => o.Federation == Federation);

    public IEnumerable<FilierePlan> Plans => World.PlansFor(Year, Federation);

    public IEnumerable<Trainee> Trainees => Plans.SelectMany(p => TraineeGenerator.Generate(Seed, p));
}
