using System.Globalization;
using System.Text;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Reading;

namespace Pipeline.Ingestion.Validation;

/// <summary>
/// Generates the one SQL statement that types and checks every row of a source table against its contract:
/// each contract column becomes a typed column, and each broken rule an entry of the row's <c>_errors</c>
/// list (column, value as received, rule). Rows with no error go to the lake.
/// </summary>
internal static class ValidationQuery
{
    public static string Build(DataContract contract, CodeLists codeLists, SourceTable source, string federation, string target)
    {
        var (select, checks, typed) = Parts(contract, codeLists, source, federation);
        var broken = checks.Select((c, i) => (Flag: string.Create(CultureInfo.InvariantCulture, $"_b{i}"), c.Condition, c.Entry)).ToList();
        return $"""
            CREATE TABLE {target} AS
            SELECT _line,
                {select},
                CASE WHEN {string.Join(" OR ", broken.Select(b => b.Flag))}
                     THEN list_filter([{string.Join(",\n        ", broken.Select(b => $"CASE WHEN {b.Flag} THEN {b.Entry} END"))}], e -> e IS NOT NULL)
                     ELSE CAST([] AS {ErrorType}[]) END AS _errors
            FROM (
                SELECT *{string.Concat(broken.Select(b => $",\n        {Broken(b.Condition)} AS {b.Flag}"))}
                FROM ({typed}))
            """;
    }

    /// <summary>
    /// Every row, typed, with its <c>_line</c>, and a statement that fails on the first row breaking a rule: what a
    /// streamed file writes to the lake without a checked table, when every row is expected to be valid. Checking
    /// in the select list, not in a WHERE, matters: DuckDB pushes a filter below the projections and computes every
    /// typed value twice, which cost as much as the rest of the statement.
    /// </summary>
    public static string ValidRowsOrFail(DataContract contract, CodeLists codeLists, SourceTable source, string federation)
    {
        var (select, checks, typed) = Parts(contract, codeLists, source, federation);
        return $"""
            SELECT CASE WHEN {string.Join("\n        OR ", checks.Select(c => Broken(c.Condition)))}
                        THEN error('{InvalidRowError}') ELSE _line END AS _line,
                {select}
            FROM ({typed})
            """;
    }

    // The message of the statement ValidRowsOrFail stops with (caught by the streamed path, never shown).
    private const string InvalidRowError = "ligne invalide : le fichier passe par la validation complète";

    private static string Broken(string condition) => $"coalesce({condition}, false)";

    /// <summary>
    /// The typed select list, the rules (condition and error entry) and the query that gives every row its raw and
    /// typed columns.
    /// </summary>
    private static (string Select, List<Check> Checks, string Typed) Parts(
        DataContract contract, CodeLists codeLists, SourceTable source, string federation)
    {
        var mapping = contract.Map(source.Header.Select(HeaderName.Normalise).ToList());
        var positions = contract.Columns.ToDictionary(c => c.Name, c => mapping.ToList().IndexOf(c));

        // Levels, so that each value is trimmed once and parsed once and each rule evaluated once: the checks
        // refer to the raw (_rN) and typed (_tN) columns by name, and Build's error list to each rule's flag (_bN).
        // Written inline, the parsing macros and conditions would be repeated, and planning that expression tree
        // cost more than running it (≈100 ms per table).
        var raws = new StringBuilder();
        var typeds = new StringBuilder();
        var select = new List<string>();
        var errors = new List<Check>();
        for (var k = 0; k < contract.Columns.Count; k++)
        {
            var column = contract.Columns[k];
            var index = positions[column.Name];
            var raw = Raw(k);
            var typed = Typed(k);
            raws.Append(CultureInfo.InvariantCulture, $",\n        {(index >= 0 ? RawValue(source, index) : "NULL::VARCHAR")} AS {raw}");
            typeds.Append(CultureInfo.InvariantCulture, $",\n        {Typed(column, raw)} AS {typed}");
            select.Add($"CAST({typed} AS {column.LakeType}) AS {Sql.Identifier(column.Name)}");
            errors.AddRange(Checks(column, raw, typed, codeLists));
        }

        if (positions.TryGetValue("federation_code", out var federationIndex) && federationIndex >= 0)
        {
            var raw = Raw(contract.Columns.ToList().FindIndex(c => c.Name == "federation_code"));
            errors.Add(Error($"{raw} IS NOT NULL AND upper({raw}) <> {Sql.Literal(federation)}", "federation_code", raw, Rules.WrongFederation));
        }

        errors.Add(Error("_extra IS NOT NULL", null, "_extra", Rules.ExtraValue));
        var typedRows = $"""
            SELECT *{typeds}
            FROM (
                SELECT _line, _extra{raws}
                FROM {source.TableName})
            """;
        return (string.Join(",\n    ", select), errors, typedRows);
    }

    // A column known to hold no space, read with empty values as NULL, is taken as it is.
    private static string RawValue(SourceTable source, int index) =>
        source.ColumnsWithoutSpaces.Contains(index) ? SourceTable.ColumnName(index) : Trimmed(SourceTable.ColumnName(index));

    // The value without its surrounding spaces, NULL when empty. trim() copies every string it sees, and on
    // a 5M-row file that copy cost more than reading the file; few values have spaces to remove, so only
    // those go through it.
    private static string Trimmed(string value) =>
        $"CASE WHEN {value} = '' THEN NULL WHEN starts_with({value}, ' ') OR ends_with({value}, ' ') THEN nullif(trim({value}), '') ELSE {value} END";

    private static string Raw(int column) => "_r" + column.ToString(CultureInfo.InvariantCulture);

    private static string Typed(int column) => "_t" + column.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Marks repeated keys: a row identical, value for value as received, to an earlier one is a duplicate row,
    /// a different one a duplicate key. Only the rows of repeated keys are hashed: hashing every row of a 5M-row
    /// file cost 2.5 s, for files that almost never repeat a key.
    /// </summary>
    public static string Duplicates(DataContract contract, SourceTable source, string target)
    {
        var key = Key(contract);
        var rowHash = source.Header.Count == 0 ? "0" : $"hash(s._extra, {string.Join(", ", source.Header.Select((_, i) => "s." + SourceTable.ColumnName(i)))})";
        return $"""
            CREATE TABLE {target}_dups AS
            WITH repeated AS ({RepeatedKeys(contract, target)}),
            hashed AS (
                SELECT t._line, {string.Join(", ", contract.Key.Select(k => "t." + Sql.Identifier(k)))}, {rowHash} AS _row_hash
                FROM (SELECT * FROM {target} SEMI JOIN repeated USING ({key})) t JOIN {source.TableName} s USING (_line))
            SELECT _line,
                row_number() OVER (PARTITION BY {key}, _row_hash ORDER BY _line) AS rn_row,
                row_number() OVER (PARTITION BY {key} ORDER BY _line) AS rn_key
            FROM hashed;
            UPDATE {target} SET _errors = list_append(_errors,
                CASE WHEN d.rn_row > 1 THEN {Struct(Sql.Literal(contract.Key[0]), "NULL", Rules.DuplicateRow)}
                     ELSE {Struct(Sql.Literal(contract.Key[0]), "NULL", Rules.DuplicateKey)} END)
            FROM {target}_dups d WHERE {target}._line = d._line AND d.rn_key > 1;
            DROP TABLE {target}_dups;
            """;
    }

    /// <summary>How many keys appear more than once: when none does (almost always), there is nothing to mark.</summary>
    public static string RepeatedKeyCount(DataContract contract, string target) => $"SELECT count(*) FROM ({RepeatedKeys(contract, target)})";

    private static string RepeatedKeys(DataContract contract, string target) =>
        $"SELECT {Key(contract)} FROM {target} GROUP BY ALL HAVING count(*) > 1";

    private static string Key(DataContract contract) => string.Join(", ", contract.Key.Select(Sql.Identifier));

    private static string Typed(ContractColumn column, string raw) => column.Type switch
    {
        ColumnType.Code => $"upper({raw})",
        ColumnType.Integer => Number(raw, "BIGINT"),
        ColumnType.Decimal => Number(raw, "DECIMAL(18,4)"),
        ColumnType.Money => Number(raw, "DECIMAL(18,2)"),
        ColumnType.Date => $"ing_date({raw})",
        ColumnType.Boolean => $"ing_bool({raw})",
        ColumnType.Json => $"CASE WHEN json_valid({raw}) THEN {raw} END",
        _ => raw,
    };

    // A plain number casts directly; only what fails (decimal comma, spaces, €) goes through ing_number.
    private static string Number(string raw, string type) => $"coalesce(TRY_CAST({raw} AS {type}), TRY_CAST(ing_number({raw}) AS {type}))";

    private static IEnumerable<Check> Checks(ContractColumn column, string raw, string typed, CodeLists codeLists)
    {
        if (column.Required)
        {
            yield return Error($"{raw} IS NULL", column.Name, raw, Rules.Required);
        }

        var typeRule = column.Type switch
        {
            ColumnType.Integer or ColumnType.Decimal or ColumnType.Money => Rules.InvalidNumber,
            ColumnType.Date => Rules.InvalidDate,
            ColumnType.Boolean => Rules.InvalidBoolean,
            ColumnType.Json => Rules.InvalidJson,
            _ => null,
        };
        if (typeRule is not null)
        {
            yield return Error($"{raw} IS NOT NULL AND {typed} IS NULL", column.Name, raw, typeRule);
        }

        if (column.Type == ColumnType.Code)
        {
            var codes = string.Join(", ", codeLists.Lists[column.CodeList!].Keys.Select(Sql.Literal));
            yield return Error($"{raw} IS NOT NULL AND {typed} NOT IN ({codes})", column.Name, raw, Rules.UnknownCode);
        }

        if (column.Type == ColumnType.Nis)
        {
            yield return Error($"{raw} IS NOT NULL AND NOT regexp_full_match({raw}, '\\d{{5}}')", column.Name, raw, Rules.InvalidNis);
        }

        if (column.Minimum is not null || column.Maximum is not null)
        {
            var bounds = new List<string>();
            if (column.Minimum is { } min)
            {
                bounds.Add($"{typed} < {min.ToString(CultureInfo.InvariantCulture)}");
            }

            if (column.Maximum is { } max)
            {
                bounds.Add($"{typed} > {max.ToString(CultureInfo.InvariantCulture)}");
            }

            yield return Error($"{typed} IS NOT NULL AND ({string.Join(" OR ", bounds)})", column.Name, raw, Rules.OutOfRange);
        }
    }

    private static Check Error(string condition, string? column, string value, string rule) =>
        new(condition, Struct(column is null ? "NULL" : Sql.Literal(column), value, rule));

    private const string ErrorType = "STRUCT(colonne VARCHAR, valeur VARCHAR, regle VARCHAR)";

    /// <summary>
    /// One rule on one row: the condition that breaks it, and the entry it adds to <c>_errors</c>. The entries are
    /// only built for rows that break a rule: building ~40 structs for every valid row cost more than checking it.
    /// </summary>
    private sealed record Check(string Condition, string Entry);

    private static string Struct(string column, string value, string rule) =>
        $"{{'colonne': {column}::VARCHAR, 'valeur': {value}::VARCHAR, 'regle': {Sql.Literal(rule)}}}";
}
