using Pipeline.SampleData.Tests.Support;
using Xunit.Abstractions;

namespace Pipeline.SampleData.Tests;

/// <summary>Runs alone, after the parallel tests: the managed heap is shared by the whole test process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "managed memory (alone)";
}

/// <summary>"Streaming writes: memory does not grow with the scale." One year, one writer thread, no defects.</summary>
[Collection(MemoryCollection.Name)]
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    private const long Megabyte = 1 << 20;

    [Fact]
    public void The_peak_managed_heap_does_not_grow_with_the_scale()
    {
        // A first, tiny run JIT-compiles the generator and fills the static caches, so neither is charged to a scale.
        Measure(0.05);
        var small = Measure(0.5);
        var large = Measure(2);
        output.WriteLine($"peak live managed heap above the baseline: {small.Peak / (double)Megabyte:N1} MB at scale 0.5 ({small.Rows:N0} rows), "
            + $"{large.Peak / (double)Megabyte:N1} MB at scale 2 ({large.Rows:N0} rows)");
        Assert.True(large.Rows > 3.5 * small.Rows);

        // Four times the rows (≈ 150 000 → ≈ 600 000). What may legitimately grow is O(filières), not O(rows): the world's
        // operators and filières and the year's plans (≈ 1 KB a filière, < 2 MB at scale 2) and the trainee list of the
        // largest filière. With B the constant part and c bytes kept per row, "large < 2 × small + 8 MB" fails as soon as
        // c × (600 000 − 2 × 150 000) ≥ B + 8 MB, i.e. c ≳ 40 bytes a row for B ≈ 3 MB, whereas a row kept as an object[]
        // of boxed values costs well over 100. A heap that does not grow at all would pass "< 1.2 × small"; the 8 MB and
        // the factor 2 leave room for the O(filières) part and the sampling, so the test does not flake.
        Assert.True(large.Peak < (2 * small.Peak) + (8 * Megabyte),
            $"peak heap grows with the scale: {small.Peak / Megabyte} MB → {large.Peak / Megabyte} MB");
    }

    /// <summary>
    /// Generates one year at <paramref name="scale"/> while a sampler forces a full blocking collection every 25 ms and
    /// records the managed heap right after it: the peak of the LIVE heap (garbage excluded), above the heap before.
    /// </summary>
    private static (long Peak, long Rows) Measure(double scale)
    {
        using var folder = new TempFolder();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(25))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        GenerationManifest manifest;
        try
        {
            manifest = SampleDataGenerator.Generate(new SampleDataOptions
            {
                OutputPath = folder.FullPath, Scale = scale, FirstYear = 2019, LastYear = 2019, DefectRate = 0, Parallelism = 1,
            });
        }
        finally
        {
            done.Set();
            sampler.Join();
        }

        return (Math.Max(0, peak - baseline), manifest.Files.Sum(f => f.Rows));
    }
}
