using System.Security.Cryptography;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests;

/// <summary>Three small generations of every year: two with the same seed (one single-threaded), one with another seed.</summary>
public sealed class DeterminismFixture : IDisposable
{
    private const int Seed = 20240609;

    public GeneratedInbox First { get; } = new(path => Small(path, Seed) with { Parallelism = 1 });

    public GeneratedInbox Second { get; } = new(path => Small(path, Seed) with { Parallelism = Environment.ProcessorCount });

    public GeneratedInbox OtherSeed { get; } = new(path => Small(path, Seed + 1));

    private static SampleDataOptions Small(string path, int seed) => new() { OutputPath = path, Scale = 0.05, Seed = seed };

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
        OtherSeed.Dispose();
    }
}

/// <summary>The same seed gives byte-identical files whatever the parallelism; another seed gives other files.</summary>
public sealed class DeterminismTests(DeterminismFixture generations) : IClassFixture<DeterminismFixture>
{
    [Fact]
    public void The_same_seed_gives_the_same_files_byte_for_byte()
    {
        var first = Hashes(generations.First.Root);
        var second = Hashes(generations.Second.Root);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Contains(GenerationManifest.FileName, first.Keys);
        Assert.Equal(generations.First.Manifest.Files.Count + 1, first.Count);
        Assert.All(first, f => Assert.True(f.Value == second[f.Key], $"{f.Key} differs between two runs with the same seed"));
    }

    [Fact]
    public void Another_seed_gives_other_files()
    {
        var first = Hashes(generations.First.Root);
        var other = Hashes(generations.OtherSeed.Root);
        Assert.Equal(first.Keys, other.Keys);
        // The empty file is empty under any seed.
        var empty = generations.First.Manifest.Files.Where(f => f.Kind == GeneratedFile.Empty).Select(f => f.RelativePath).ToHashSet();
        Assert.Single(empty);
        var same = first.Where(f => !empty.Contains(f.Key) && f.Value == other[f.Key]).Select(f => f.Key).ToList();
        Assert.True(same.Count == 0, "identical under another seed: " + string.Join(", ", same));
    }

    [Fact]
    public void The_saved_manifest_is_the_returned_one()
    {
        var loaded = GenerationManifest.Load(generations.First.Root);
        var returned = generations.First.Manifest;
        Assert.Equal((returned.Seed, returned.Scale, returned.FirstYear, returned.LastYear, returned.DefectRate),
            (loaded.Seed, loaded.Scale, loaded.FirstYear, loaded.LastYear, loaded.DefectRate));
        Assert.Equal(returned.Files.Select(f => (f.RelativePath, f.Kind, f.Rows)), loaded.Files.Select(f => (f.RelativePath, f.Kind, f.Rows)));
        Assert.Equal(returned.Files.Select(f => f.Defects.Values.Sum()), loaded.Files.Select(f => f.Defects.Values.Sum()));
    }

    /// <summary>SHA-256 of every file under the inbox (hidden ones included), keyed by relative path.</summary>
    private static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))), StringComparer.Ordinal);
}
