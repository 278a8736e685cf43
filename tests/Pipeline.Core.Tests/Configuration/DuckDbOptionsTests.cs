using System.Data.Common;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests.Configuration;

public sealed class DuckDbOptionsTests
{
    [Fact]
    public void The_connection_string_carries_the_engine_settings()
    {
        var options = new DuckDbOptions { Threads = 2, MemoryLimit = "8GB" };

        Assert.Equal("Data Source=/data/pipeline.duckdb;threads=2;memory_limit=8GB;block_allocator_memory=2GB", options.ToConnectionString("/data/pipeline.duckdb"));
        Assert.Equal("Data Source=w.duckdb;threads=2;memory_limit=8GB", (options with { BlockAllocatorMemory = null }).ToConnectionString("w.duckdb"));
    }

    [Fact]
    public void A_temp_directory_with_separators_survives_the_round_trip()
    {
        var options = new DuckDbOptions { Threads = 3, MemoryLimit = "512MB", TempDirectory = "/tmp/spill; here=1" };

        var builder = new DbConnectionStringBuilder { ConnectionString = options.ToConnectionString("/data/a b.duckdb") };

        Assert.Equal("/data/a b.duckdb", builder["Data Source"]);
        Assert.Equal("3", builder["threads"]);
        Assert.Equal("512MB", builder["memory_limit"]);
        Assert.Equal("/tmp/spill; here=1", builder["temp_directory"]);
    }

    [Fact]
    public void A_percentage_becomes_megabytes_of_the_available_memory_because_duckdb_refuses_percentages()
    {
        var options = new DuckDbOptions { MemoryLimit = "80%", BlockAllocatorMemory = "10%" };
        const long SixteenGigabytes = 16L * 1024 * 1024 * 1024;

        Assert.Equal("13107MB", DuckDbOptions.ResolveSize(options.MemoryLimit, SixteenGigabytes));
        Assert.Equal("Data Source=w.duckdb;threads=2;memory_limit=13107MB;block_allocator_memory=1638MB", options.ToConnectionString("w.duckdb", SixteenGigabytes));
        Assert.Equal("8GB", DuckDbOptions.ResolveSize(new DuckDbOptions().MemoryLimit, SixteenGigabytes));
    }

    [Theory]
    [InlineData("8GB", true)]
    [InlineData("512MB", true)]
    [InlineData("1.5GB", true)]
    [InlineData("8 GiB", true)]
    [InlineData("8gb", true)]
    [InlineData("100B", true)]
    [InlineData("80%", true)]
    [InlineData("100%", true)]
    [InlineData("0GB", false)]
    [InlineData("0%", false)]
    [InlineData("101%", false)]
    [InlineData("8", false)]
    [InlineData("GB", false)]
    [InlineData("8 G", false)]
    [InlineData("8  GB", false)]
    public void Memory_limits_follow_duckdb_units(string value, bool valid)
    {
        Assert.Equal(valid, MemoryLimitSyntax.IsValid(value));
    }
}
