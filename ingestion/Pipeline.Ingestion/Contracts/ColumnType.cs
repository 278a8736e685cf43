namespace Pipeline.Ingestion.Contracts;

/// <summary>The type of a contract column, which decides how raw text is parsed and stored in the lake.</summary>
public enum ColumnType
{
    /// <summary>Free text (identifiers, pseudonyms).</summary>
    Text,

    /// <summary>A code from a shared code list.</summary>
    Code,

    /// <summary>A whole number (BIGINT in the lake).</summary>
    Integer,

    /// <summary>A decimal number, decimal comma or point (DECIMAL(18,4)).</summary>
    Decimal,

    /// <summary>An amount in euros, possibly written "12 345,50 €" (DECIMAL(18,2)).</summary>
    Money,

    /// <summary>A calendar date: ISO, dd/MM/yyyy or an Excel serial number; impossible dates are refused.</summary>
    Date,

    /// <summary>oui/non, true/false, 1/0.</summary>
    Boolean,

    /// <summary>A JSON object (counts by category).</summary>
    Json,

    /// <summary>A 5-digit NIS (INS) code of a commune, arrondissement or province.</summary>
    Nis,
}
