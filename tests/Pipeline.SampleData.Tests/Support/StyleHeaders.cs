using Pipeline.SampleData.Output;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>The header row a federation's style writes for a dataset and year (the generator's own description, to compare readers against).</summary>
internal static class StyleHeaders
{
    public static IReadOnlyList<string> For(string federation, string dataset, int year)
    {
        var style = FederationStyle.For(federation);
        return [.. DatasetSchemas.All.Single(d => d.Name == dataset).ColumnsFor(style.SchemaVersion(year)).Select(style.Header)];
    }
}
