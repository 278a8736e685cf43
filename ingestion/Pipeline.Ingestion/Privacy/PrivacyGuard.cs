using Pipeline.DuckDb;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Reading;

namespace Pipeline.Ingestion.Privacy;

/// <summary>
/// Refuses files that identify a person (DESIGN.md, privacy): a column named like a name, first name,
/// address, birth date, national number, e-mail or phone; or any column holding Belgian national register
/// numbers that pass the mod-97 check (either century rule, with a plausible birth date), e-mail addresses
/// or Belgian phone numbers. Two scans in DuckDB: a cheap one over every column says which could hold
/// such values, an exact one checks those values only.
/// </summary>
internal static class PrivacyGuard
{
    private static readonly HashSet<string> IdentifyingTokens = new(StringComparer.Ordinal)
    {
        "nom", "prenom", "name", "firstname", "lastname", "surname", "adresse", "address", "rue", "naissance", "birth", "birthdate",
        "niss", "rrn", "nn", "email", "mail", "courriel", "telephone", "tel", "gsm", "phone", "mobile", "portable",
    };

    private static readonly string[] IdentifyingNames = ["numero_national", "registre_national", "numero_registre_national", "date_de_naissance", "e_mail"];

    // E-mail: something@domain.tld. Phones: Belgian mobile or landline, national or +32/0032.
    private const string EmailPattern = @"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$";
    private const string PhonePattern = @"^(\+32|0032|0)[\s./]?(4\d{2}|[1-9]\d?)([\s./]?\d{2}){3}$";

    // dd/MM/yyyy dates have the shape of a landline number ("01/02/2019"): they are dates, not phones.
    private const string DatePattern = @"^\d{2}[/.\-]\d{2}[/.\-]\d{4}$";

    public static IReadOnlyList<PrivacyFinding> Inspect(DuckDBConnection work, SourceTable table)
    {
        var findings = IdentifyingColumns(table.Header);
        if (table.Header.Count == 0)
        {
            return findings;
        }

        foreach (var (column, nationalNumbers, emails, phones) in CountIdentifiers(work, table, SuspectColumns(work, table)))
        {
            var header = table.Header[column];
            Add(findings, header, "des numéros de registre national valides", nationalNumbers);
            Add(findings, header, "des adresses e-mail", emails);
            Add(findings, header, "des numéros de téléphone", phones);
        }

        return findings;
    }

    /// <summary>The columns named like a direct identifier (name, address, birth date, national number, e-mail, phone).</summary>
    public static List<PrivacyFinding> IdentifyingColumns(IReadOnlyList<string> header)
    {
        var findings = new List<PrivacyFinding>();
        foreach (var column in header)
        {
            var normalised = HeaderName.Normalise(column);
            if (IdentifyingNames.Contains(normalised) || normalised.Split('_').Any(IdentifyingTokens.Contains))
            {
                findings.Add(new PrivacyFinding(column, "un nom de colonne d'identification directe", 0));
            }
        }

        return findings;
    }

    /// <summary>
    /// First pass, cheap and column by column: which columns hold any value that could be a national number
    /// or a phone (9 to 18 digits and separators) or an e-mail (an @). Most columns hold none, and the exact
    /// checks then run only on those that do (4× faster than checking every value of every column).
    /// </summary>
    private static List<int> SuspectColumns(DuckDBConnection work, SourceTable table)
    {
        var counts = string.Join(", ", Enumerable.Range(0, table.Header.Count).Select(i =>
        {
            var c = SourceTable.ColumnName(i);
            return $"count(*) FILTER (WHERE ({Candidate(c)}) OR contains({c}, '@'))";
        }));
        var row = Sql.Query(work, $"SELECT {counts} FROM {table.TableName}", r => Enumerable.Range(0, r.FieldCount).Select(r.GetInt64).ToList()).Single();
        return [.. Enumerable.Range(0, row.Count).Where(i => row[i] > 0)];
    }

    /// <summary>
    /// Second pass, exact, over the distinct candidate values of the suspect columns (a date column has a few
    /// hundred), unpivoted so that each pattern is compiled once.
    /// </summary>
    private static List<(int Column, long NationalNumbers, long Emails, long Phones)> CountIdentifiers(DuckDBConnection work, SourceTable table, List<int> columns)
    {
        if (columns.Count == 0)
        {
            return [];
        }

        var names = string.Join(", ", columns.Select(SourceTable.ColumnName));
        return Sql.Query(work, $"""
            SELECT col,
                coalesce(sum(n) FILTER (WHERE {NationalNumberCheck("d")}), 0),
                coalesce(sum(n) FILTER (WHERE contains(v, '@') AND regexp_full_match(v, '{EmailPattern}')), 0),
                coalesce(sum(n) FILTER (WHERE length(v) BETWEEN 9 AND 18 AND regexp_full_match(v, '{PhonePattern}') AND NOT regexp_full_match(v, '{DatePattern}')), 0)
            FROM (
                SELECT col, v, n, CASE WHEN length(v) BETWEEN 11 AND 15 THEN regexp_replace(v, '[\s.\-]', '', 'g') END AS d
                FROM (
                    SELECT col, v, count(*) AS n
                    FROM (UNPIVOT (SELECT {names} FROM {table.TableName}) ON COLUMNS(*) INTO NAME col VALUE v)
                    WHERE ({Candidate("v")}) OR contains(v, '@')
                    GROUP BY col, v))
            GROUP BY col
            """,
            r => (int.Parse(r.GetString(0)[1..], System.Globalization.CultureInfo.InvariantCulture), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)))
            .OrderBy(c => c.Item1).ToList();
    }

    /// <summary>
    /// A value of 9 to 18 characters holding at least 9 digits, with separators between them, starting with a digit
    /// or +: the shape of a national number (11 digits) or a Belgian phone (9 or 10 digits, 11 with +32). A date
    /// (8 digits) is not one: when it was, every value of every date column went through the exact checks.
    /// </summary>
    private static string Candidate(string value) =>
        $@"length({value}) BETWEEN 9 AND 18 AND regexp_full_match({value}, '\+?[0-9](?:[ ./\-]*[0-9]){{8,}}[ ./\-]*')";

    private static void Add(List<PrivacyFinding> findings, string column, string what, long count)
    {
        if (count > 0)
        {
            findings.Add(new PrivacyFinding(column, what, count));
        }
    }

    /// <summary>
    /// 11 digits (separators allowed) whose last two are 97 − (first nine mod 97), or the same with a 2
    /// prefixed for births from 2000, and whose first six digits can be a birth date (months up to 52 cover
    /// the "bis" numbers). <paramref name="digits"/> is the value of length 11 to 15 with its separators
    /// removed, NULL otherwise: stripped once in a subquery, as repeating regexp_replace here made this
    /// check the costliest part of ingestion.
    /// </summary>
    private static string NationalNumberCheck(string digits) => $$"""
        regexp_full_match({{digits}}, '\d{11}')
        AND TRY_CAST({{digits}}[3:4] AS INTEGER) BETWEEN 0 AND 52 AND TRY_CAST({{digits}}[5:6] AS INTEGER) BETWEEN 0 AND 31
        AND (97 - TRY_CAST({{digits}}[1:9] AS BIGINT) % 97 = TRY_CAST({{digits}}[10:11] AS INTEGER)
             OR 97 - (2000000000 + TRY_CAST({{digits}}[1:9] AS BIGINT)) % 97 = TRY_CAST({{digits}}[10:11] AS INTEGER))
        """;
}
