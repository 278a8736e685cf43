namespace Pipeline.SampleData;

/// <summary>What to generate: where, which years, how big, which seed, how many mistakes.</summary>
public sealed record SampleDataOptions
{
    /// <summary>The inbox folder: files go to &lt;OutputPath&gt;/&lt;FEDERATION&gt;/.</summary>
    public required string OutputPath { get; init; }

    public int FirstYear { get; init; } = 2017;

    public int LastYear { get; init; } = 2024;

    /// <summary>1 is the real sector (≈20 000 trainees and ≈250 000 accompaniment acts a year).</summary>
    public double Scale { get; init; } = 1.0;

    public int Seed { get; init; } = 20240609;

    /// <summary>Share of rows that get a defect (bad date, negative hours, unknown code, duplicate, extra field).</summary>
    public double DefectRate { get; init; } = 0.002;

    /// <summary>Adds the files carrying national numbers, e-mails and phones that ingestion must refuse.</summary>
    public bool WithIdentifiers { get; init; }

    /// <summary>Files written in parallel (each file is written by one thread; output does not depend on it).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks the values, with messages in French for the command line.</summary>
    public void Validate()
    {
        if (FirstYear < 2017 || LastYear > 2024 || FirstYear > LastYear)
        {
            throw new ArgumentException($"Les années doivent être comprises entre 2017 et 2024 (reçu {FirstYear}–{LastYear}).");
        }

        // Written as "not inside" so that NaN, which compares false to everything, is refused too.
        if (Scale is not (> 0 and <= 1000))
        {
            throw new ArgumentException($"L'échelle doit être comprise entre 0 (exclu) et 1000 (reçu {Scale}).");
        }

        if (DefectRate is not (>= 0 and <= 0.5))
        {
            throw new ArgumentException($"Le taux de défauts doit être compris entre 0 et 0,5 (reçu {DefectRate}).");
        }
    }
}
