using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Validation;

/// <summary>
/// The SQL macros that parse federation text into typed values on the work database: numbers with decimal
/// commas, thousands separators (spaces, no-break and narrow no-break) and €; dates ISO, dd/MM/yyyy or Excel
/// serial, impossible dates giving NULL; French and English booleans. The common shapes (yyyy-MM-dd dates,
/// plain numbers) take a plain cast first: coalesce only evaluates the general parser where that fails, and
/// this halves the cost of validating a large file. No macro repeats an expression of its argument: DuckDB would
/// compute a repeated expression once for every row, before the coalesce that spares most rows from it (the
/// separators of every number were removed that way, a fifth of a streamed file's validation).
/// </summary>
internal static class ValidationMacros
{
    public static void Create(DuckDBConnection work) => Sql.Execute(work, """
        CREATE OR REPLACE MACRO ing_digits(x) AS
            replace(replace(replace(replace(x, '€', ''), ' ', ''), chr(160), ''), chr(8239), '');
        CREATE OR REPLACE MACRO ing_number(x) AS
            ing_digits(CASE WHEN contains(x, ',') THEN replace(replace(x, '.', ''), ',', '.') ELSE x END);
        CREATE OR REPLACE MACRO ing_date(x) AS
            coalesce(
                CASE WHEN length(x) = 10 AND x[5] = '-' THEN TRY_CAST(x AS DATE) END,
                CAST(try_strptime(x, '%Y-%m-%d') AS DATE),
                CAST(try_strptime(x, '%d/%m/%Y') AS DATE),
                CASE WHEN regexp_full_match(x, '\d{5}') THEN DATE '1899-12-30' + CAST(x AS INTEGER) END);
        CREATE OR REPLACE MACRO ing_bool(x) AS
            CASE WHEN lower(x) IN ('oui', 'true', '1', 'vrai', 'yes', 'o', 'y') THEN true
                 WHEN lower(x) IN ('non', 'false', '0', 'faux', 'no', 'n') THEN false END;
        """);
}
