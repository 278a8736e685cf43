using System.Collections.Concurrent;

namespace Pipeline.SampleData.World;

/// <summary>
/// The one consistent synthetic sector: operators belong to a federation, filières to operators, and each
/// filière-year has a plan from which its trainees, hours and recruitment are derived. Everything is a
/// pure function of (seed, scale), so any part can be regenerated on its own.
/// </summary>
internal sealed class SectorWorld
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<FilierePlan>> plans = new();

    private SectorWorld(int seed, double scale, IReadOnlyList<Operator> operators, IReadOnlyList<Filiere> filieres)
    {
        Seed = seed;
        Scale = scale;
        Operators = operators;
        Filieres = filieres;
    }

    public int Seed { get; }

    public double Scale { get; }

    public IReadOnlyList<Operator> Operators { get; }

    public IReadOnlyList<Filiere> Filieres { get; }

    public static SectorWorld Build(int seed, double scale)
    {
        var operators = FederationProfile.All.SelectMany(f => OperatorFactory.Create(seed, scale, f)).ToList();
        var filieres = FiliereFactory.Create(seed, scale, operators);
        return new SectorWorld(seed, scale, operators, filieres);
    }

    /// <summary>The plans of every filière active in <paramref name="year"/> (computed once per year).</summary>
    public IReadOnlyList<FilierePlan> PlansFor(int year) => plans.GetOrAdd(year, y => YearPlanner.Plan(this, y));

    public IEnumerable<FilierePlan> PlansFor(int year, string federation) =>
        PlansFor(year).Where(p => p.Filiere.Operator.Federation == federation);
}
