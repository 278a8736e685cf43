using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Pages;
using Pipeline.Dashboards.Rendering;

namespace Pipeline.Dashboards.Tests;

public sealed class FormatAndInlineTests
{
    private static readonly string Nnbsp = "\u202F";

    [Theory]
    [InlineData(12345.0, ValueFormat.Nombre, "12\u202F345")]
    [InlineData(0.5803, ValueFormat.Pct, "58,0\u00A0%")]
    [InlineData(1713486.4, ValueFormat.Eur, "1\u202F713\u202F486\u00A0€")]
    [InlineData(2.045, ValueFormat.Ratio, "2,05")]
    [InlineData(84.979, ValueFormat.Indice, "85,0")]
    [InlineData(null, ValueFormat.Nombre, "—")]
    public void Numbers_read_as_in_Belgium(object? value, ValueFormat format, string expected)
    {
        Assert.Equal(expected, BelgianFormat.Number(value, format));
        Assert.Equal("\u202F", Nnbsp);
    }

    [Fact]
    public void A_change_of_a_share_is_in_points_and_stable_when_it_rounds_to_zero()
    {
        Assert.Equal("+3,2\u00A0pt", BelgianFormat.Change(0.30, 0.332, ValueFormat.Pct));
        Assert.Equal("−1,0\u00A0%", BelgianFormat.Change(100, 99, ValueFormat.Nombre));
        Assert.Equal("0,0\u00A0pt", BelgianFormat.Change(0.3300, 0.33004, ValueFormat.Pct));
    }

    [Fact]
    public void Inline_values_fill_from_one_row_and_hidden_values_read_c()
    {
        var data = new QueryResult("q", ["annee", "taux", "is_suppressed", "valeurs_masquees"],
        [
            [2019, 0.95, false, Array.Empty<string>()],
            [2020, null, true, new[] { "taux" }],
        ]);
        var page = new Page { Slug = "p", SourcePath = "p.md", Title = "t", Queries = [new PageQuery("q", "", 1)] };
        var context = new PageContext(page, new Dictionary<string, QueryResult> { ["q"] = data }, null, [page]);
        Assert.Equal("de 95,0\u00A0% à c", InlineValues.Fill("de {q.taux where annee=2019 | pct} à {q.taux where annee=2020 | pct}", context, 1));
        var error = Assert.Throws<PageException>(() => InlineValues.Fill("{q.taux | pct}", context, 7));
        Assert.Contains("2 ligne(s) correspondent", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.md:7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_never_plots_a_hidden_value()
    {
        var data = new QueryResult("q", ["annee", "nb", "is_suppressed", "valeurs_masquees"],
        [
            [2019, 120L, false, Array.Empty<string>()],
            [2020, null, true, new[] { "nb" }],
        ]);
        var figure = ChartBuilder.Build(new ChartSpec { Kind = ChartKind.Line, Data = "q", X = "annee", Y = ["nb"] }, data, ["annee"], c => c);
        var trace = Assert.Single(figure.Data);
        Assert.Equal([120.0, null], trace.Y);
        Assert.StartsWith("c", trace.Text![1], StringComparison.Ordinal);
        Assert.Equal(["2020"], trace.CustomData![1]);
    }

    [Theory]
    [InlineData(false, 1L, 2L, 1.0)] // ticks 0, 1, 2 (not « 0, 1, 1, 2, 2 »)
    [InlineData(true, 4L, 7L, null)] // stacked, the total of 11 leaves the ticks to Plotly
    [InlineData(false, 120L, 3000L, null)]
    public void Small_whole_counts_are_ticked_one_by_one(bool stacked, long first, long second, double? step)
    {
        var data = new QueryResult("q", ["federation", "statut", "fichiers"],
        [
            ["CAIPS", "vide", first],
            ["CAIPS", "refusé", second],
        ]);
        var spec = new ChartSpec { Kind = ChartKind.Bar, Data = "q", X = "federation", Y = ["fichiers"], Series = "statut", Stacked = stacked };
        Assert.Equal(step, ChartBuilder.Build(spec, data, [], c => c).Layout.YAxis.DTick);
        var rates = new ChartSpec { Kind = ChartKind.Bar, Data = "q", X = "federation", Y = ["fichiers"], Format = ValueFormat.Pct };
        Assert.Null(ChartBuilder.Build(rates, data, [], c => c).Layout.YAxis.DTick);
    }
}
