using System.Collections.Concurrent;
using System.Globalization;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>
/// Loads the columns the §7 checks need from every federation's FILES into DuckDB tables, one table per
/// dataset with a <c>federation</c> column: CSV and JSON Lines through DuckDB's own readers, XLSX through
/// ExcelDataReader and the appender. Nothing comes from the generator's internals.
/// </summary>
internal static class SectorTables
{
    private static readonly string[] Federations = ["UNESSA", "ALEAP", "CAIPS", "LEE", "AID", "FEBISP"];

    /// <summary>Dataset → canonical columns and their SQL types (the year is the file's millesime column).</summary>
    private static readonly (string Dataset, (string Column, string Type)[] Columns)[] Tables =
    [
        ("operateur", [("millesime", "INTEGER"), ("type_dispositif", "VARCHAR")]),
        ("filiere_annee",
        [
            ("millesime", "INTEGER"), ("secteur", "VARCHAR"), ("heures_agreees", "BIGINT"), ("heures_prestees", "BIGINT"),
            ("heures_immunisees", "BIGINT"), ("places_prevues", "BIGINT"),
        ]),
        ("recrutement_mois", [("millesime", "INTEGER"), ("mois", "DATE"), ("nb_candidatures", "BIGINT"), ("nb_entrees", "BIGINT")]),
        ("parcours",
        [
            ("millesime", "INTEGER"), ("stagiaire_pid", "VARCHAR"), ("operateur_id", "VARCHAR"), ("date_entree", "DATE"),
            ("statut_entree", "VARCHAR"), ("nationalite_groupe", "VARCHAR"), ("heures_prestees", "BIGINT"), ("motif_sortie", "VARCHAR"),
            ("situation_6m", "VARCHAR"),
        ]),
        // Acts only from the CSV and JSON Lines federations: ExcelDataReader needs seconds per 60 000-row sheet.
        ("accompagnement_acte", [("millesime", "INTEGER"), ("thematique", "VARCHAR")]),
    ];

    public static void Load(Duck duck, GeneratedInbox inbox, string scratchFolder)
    {
        foreach (var (dataset, columns) in Tables)
        {
            duck.Execute($"CREATE TABLE {dataset} (federation VARCHAR, {string.Join(", ", columns.Select(c => $"{c.Column} {c.Type}"))})");
        }

        foreach (var federation in Federations.Where(f => f is not ("UNESSA" or "AID")))
        {
            foreach (var file in inbox.Extracts(federation))
            {
                if (Tables.FirstOrDefault(t => t.Dataset == file.Dataset) is { Dataset: not null } table)
                {
                    LoadText(duck, inbox, scratchFolder, file, table.Dataset, table.Columns);
                }
            }
        }

        LoadWorkbooks(duck, inbox);
    }

    private static void LoadText(
        Duck duck, GeneratedInbox inbox, string scratchFolder, GeneratedFile file, string table, (string Column, string Type)[] columns)
    {
        var path = inbox.PathOf(file.RelativePath);
        var (relation, dayFirst) = file.Federation switch
        {
            "ALEAP" => (FederationFiles.AleapCsv(FederationFiles.AleapAsUtf8(path, scratchFolder), allVarchar: true), true),
            "CAIPS" => (FederationFiles.CaipsCsv(path, allVarchar: true), false),
            "FEBISP" => (FederationFiles.FebispCsv(path, allVarchar: true), true),
            _ => (FederationFiles.LeeJsonLines(path), false),
        };
        var select = columns.Select(c =>
        {
            var header = Duck.Identifier(Headers.For(file.Federation, c.Column));
            return c.Type == "DATE" && dayFirst ? $"CAST(strptime({header}, '%d/%m/%Y') AS DATE)" : $"CAST({header} AS {c.Type})";
        });
        var totals = file.Federation == "ALEAP" ? $"WHERE {Duck.Identifier(Headers.For("ALEAP", "federation_code"))} <> 'TOTAL'" : string.Empty;
        duck.Execute($"INSERT INTO {table} SELECT {Duck.Literal(file.Federation)}, {string.Join(", ", select)} FROM {relation} {totals}");
    }

    /// <summary>UNESSA workbooks and AID files, read in parallel (ExcelDataReader is the slow part), appended one table at a time.</summary>
    private static void LoadWorkbooks(Duck duck, GeneratedInbox inbox)
    {
        var wanted = Tables.Where(t => t.Dataset != "accompagnement_acte").ToList();
        var sheets = new ConcurrentBag<(string Federation, string Table, List<object?[]> Rows)>();
        var files = inbox.Extracts("UNESSA").Concat(inbox.Extracts("AID").Where(f => wanted.Any(t => t.Dataset == f.Dataset))).ToList();
        Parallel.ForEach(files, file =>
        {
            var headerRow = file.Federation == "AID" ? 3 : 0;
            foreach (var sheet in Workbook.Read(inbox.PathOf(file.RelativePath), [.. wanted.Select(t => t.Dataset)]))
            {
                var columns = wanted.Single(t => t.Dataset == sheet.Name).Columns;
                var header = sheet.Rows[headerRow].Select(h => h as string).ToList();
                var indexes = columns.Select(c => header.IndexOf(Headers.For(file.Federation, c.Column))).ToArray();
                Assert.DoesNotContain(-1, indexes);
                var rows = sheet.Rows.Skip(headerRow + 1).Select(r => columns.Select((c, i) => Value(r[indexes[i]], c.Type)).ToArray()).ToList();
                sheets.Add((file.Federation, sheet.Name, rows));
            }
        });

        foreach (var (federation, table, rows) in sheets)
        {
            using var appender = duck.Connection.CreateAppender(table);
            foreach (var row in rows)
            {
                appender.Append(federation);
                foreach (var value in row)
                {
                    appender.AppendValue(value);
                }

                appender.EndRow();
            }
        }
    }

    private static object? Value(object? cell, string type) => (cell, type) switch
    {
        (null, _) => null,
        (DateTime date, "DATE") => DateOnly.FromDateTime(date),
        (double number, "BIGINT" or "INTEGER") => checked((long)number),
        (_, "VARCHAR") => Convert.ToString(cell, CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"A {cell.GetType().Name} cell where a {type} was expected."),
    };
}
