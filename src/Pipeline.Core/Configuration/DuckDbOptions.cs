using System.Data.Common;
using System.Globalization;

namespace Pipeline.Core.Configuration;

/// <summary>The <c>duckdb</c> section: engine settings passed to every connection.</summary>
public sealed record DuckDbOptions
{
    /// <summary>Worker threads DuckDB may use (≥ 1).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Memory cap as DuckDB writes it (<c>8GB</c>, <c>512MB</c>) or a share of RAM (<c>80%</c>).</summary>
    public string MemoryLimit { get; init; } = "8GB";

    /// <summary>
    /// Memory DuckDB's block allocator keeps once it has used it, instead of giving it back to the system after
    /// every query and taking it again (page faults and <c>madvise</c> were a sixth of the build's CPU; with 2GB
    /// kept, <c>pipeline build</c> of the scale-1 lake takes 17 s instead of 19.5, see bench/Pipeline.Marts.Benchmarks).
    /// Same syntax as <see cref="MemoryLimit"/>; <c>null</c> keeps DuckDB's default (nothing kept).
    /// </summary>
    public string? BlockAllocatorMemory { get; init; } = "2GB";

    /// <summary>Where DuckDB spills to disk; <c>null</c> keeps DuckDB's default (beside the database file).</summary>
    public string? TempDirectory { get; init; }

    /// <summary>
    /// A connection string for the Pipeline.DuckDb provider, e.g.
    /// <c>Data Source=/data/warehouse.duckdb;threads=2;memory_limit=8GB</c>. Keys other than
    /// <c>Data Source</c> are handed to DuckDB's configuration as they are.
    /// </summary>
    public string ToConnectionString(string dataSource) =>
        ToConnectionString(dataSource, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    internal string ToConnectionString(string dataSource, long totalMemoryBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataSource);

        // The builder quotes values holding ';', '=' or spaces, which temp paths may well contain.
        var builder = new DbConnectionStringBuilder
        {
            ["Data Source"] = dataSource,
            ["threads"] = Threads.ToString(CultureInfo.InvariantCulture),
            ["memory_limit"] = ResolveSize(MemoryLimit, totalMemoryBytes),
        };
        if (BlockAllocatorMemory is not null)
        {
            builder["block_allocator_memory"] = ResolveSize(BlockAllocatorMemory, totalMemoryBytes);
        }

        if (TempDirectory is not null)
        {
            builder["temp_directory"] = TempDirectory;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// A size in a form DuckDB accepts: DuckDB rejects percentages, so <c>80%</c> becomes that share
    /// of the memory available to this process (which honours container limits), in MB.
    /// </summary>
    internal static string ResolveSize(string size, long totalMemoryBytes)
    {
        if (!MemoryLimitSyntax.TryParsePercent(size, out var percent))
        {
            return size;
        }

        var megabytes = (long)Math.Floor(totalMemoryBytes * (percent / 100) / (1024 * 1024));
        return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(megabytes, 1)}MB");
    }
}
