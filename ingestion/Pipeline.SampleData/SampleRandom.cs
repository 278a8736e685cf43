using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.SampleData;

/// <summary>
/// A seeded random stream for one part of the synthetic world (one filière-year, one trainee...). Each part
/// derives its own stream from the run seed and its identity, so the output is byte-identical for a seed
/// whatever order parts are generated in, and any part can be regenerated on its own (streaming writes).
/// </summary>
internal sealed class SampleRandom
{
    private readonly Random random;

    private SampleRandom(int seed) => random = new Random(seed);

    /// <summary>The stream identified by <paramref name="keys"/> under <paramref name="seed"/>.</summary>
    public static SampleRandom For(int seed, params object[] keys)
    {
        var text = string.Join('|', keys.Prepend(seed).Select(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new SampleRandom(BinaryPrimitives.ReadInt32LittleEndian(hash));
    }

    public double NextDouble() => random.NextDouble();

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>Standard normal (Box-Muller).</summary>
    public double Normal(double mean = 0, double sd = 1)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>Log-normal given its median and the ratio p90/median.</summary>
    public double LogNormal(double median, double p90OverMedian) =>
        median * Math.Exp(Normal() * Math.Log(p90OverMedian) / 1.2815515655446004);

    public int Poisson(double mean)
    {
        // Knuth's method is fine for the small means used here; a normal approximation above 30.
        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(Normal(mean, Math.Sqrt(mean))));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>Picks a value with probability proportional to its weight.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Value, double Weight)> weighted)
    {
        var total = 0.0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }

        var target = random.NextDouble() * total;
        foreach (var (value, weight) in weighted)
        {
            target -= weight;
            if (target < 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>A pseudonymous 16-hex-digit identifier, as federations compute sha256(salt || id).</summary>
    public static string Pseudonym(string salt, string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + identity)))[..16];
}
