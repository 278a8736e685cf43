using System.Globalization;
using System.Text;
using Pipeline.Core.Text;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Output;

/// <summary>
/// One federation's export habits (domain.md §8): file format, header names, encoding, separators, how
/// dates, decimals, booleans and amounts are written, and the oddities of its tool.
/// </summary>
internal sealed record FederationStyle(string Federation, FileFormat Format)
{
    private static readonly CultureInfo FrenchBelgium = CultureInfo.GetCultureInfo("fr-BE");

    public char Delimiter { get; init; } = ',';

    public Encoding Encoding { get; init; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public string NewLine { get; init; } = "\n";

    public bool DecimalComma { get; init; }

    public string DateFormat { get; init; } = "yyyy-MM-dd";

    public (string True, string False) Booleans { get; init; } = ("true", "false");

    /// <summary>Empty columns the export tool appends to every line.</summary>
    public int TrailingEmptyColumns { get; init; }

    /// <summary>Whether the export ends with a totals line (not data).</summary>
    public bool TotalsLine { get; init; }

    /// <summary>Whether amounts are written "12 345,50 €" with narrow no-break spaces.</summary>
    public bool EuroAmounts { get; init; }

    /// <summary>Whether files of years before 2019 carry pre-reform Hainaut NIS codes.</summary>
    public bool PreReformNisBefore2019 { get; init; }

    public Func<SchemaColumn, string> Header { get; init; } = c => c.Name;

    /// <summary>The schema version the federation's tool writes in a year (the 2022 drift).</summary>
    public Func<int, string> SchemaVersion { get; init; } = year => year >= 2022 ? DatasetSchemas.SchemaV11 : DatasetSchemas.SchemaV1;

    public static readonly IReadOnlyList<FederationStyle> All =
    [
        new("UNESSA", FileFormat.XlsxWorkbookPerYear) { Header = c => c.FrenchLabel },
        new("ALEAP", FileFormat.Csv)
        {
            Delimiter = ';',
            Encoding = Windows1252.Encoding,
            NewLine = "\r\n",
            DecimalComma = true,
            DateFormat = "dd/MM/yyyy",
            Booleans = ("1", "0"),
            TrailingEmptyColumns = 2,
            TotalsLine = true,
            Header = c => c.FrenchLabel,
            // ALEAP's tool moved to schema 1.1 a year after the others.
            SchemaVersion = year => year >= 2023 ? DatasetSchemas.SchemaV11 : DatasetSchemas.SchemaV1,
        },
        new("CAIPS", FileFormat.Csv) { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), Booleans = ("oui", "non") },
        new("LEE", FileFormat.JsonLines),
        new("AID", FileFormat.XlsxWithTitleBlock) { PreReformNisBefore2019 = true, Header = c => c.Name.Replace('_', ' ').ToUpperInvariant() },
        new("FEBISP", FileFormat.Csv)
        {
            Delimiter = ';',
            DecimalComma = true,
            DateFormat = "dd/MM/yyyy",
            EuroAmounts = true,
            Header = c => c.Name == "annee" ? "année" : c.Name,
        },
    ];

    public static FederationStyle For(string federation) => All.Single(s => s.Federation == federation);

    /// <summary>A value as the federation's text formats write it.</summary>
    public string FormatText(SchemaColumn column, object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? Booleans.True : Booleans.False,
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        double number when column.Kind == ColumnKind.Money && EuroAmounts => number.ToString("#,##0.00", FrenchBelgium).Replace('\u00A0', '\u202F') + "\u202F€",
        double number => number.ToString(column.Kind == ColumnKind.Money ? "0.00" : "0.##", DecimalComma ? FrenchBelgium : CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Rewrites a value the way this federation's tool stores it in <paramref name="year"/>.</summary>
    public object? Adapt(SchemaColumn column, object? value, int year) =>
        PreReformNisBefore2019 && year < 2019 && value is string code && column.Name.StartsWith("nis_", StringComparison.Ordinal)
            ? Geography.PreReformCode(code)
            : value;
}
