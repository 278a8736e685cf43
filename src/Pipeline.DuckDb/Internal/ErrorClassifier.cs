namespace Pipeline.DuckDb.Internal;

/// <summary>
/// Recovers the error class from a message where the C API gives only text (prepare and extract errors):
/// DuckDB prefixes its messages with the class, e.g. "Catalog Error: Table with name x does not exist!".
/// </summary>
internal static class ErrorClassifier
{
    private static readonly (string Prefix, DuckDBErrorType Type)[] Prefixes =
    [
        ("Parser Error", DuckDBErrorType.Parser),
        ("Syntax Error", DuckDBErrorType.Syntax),
        ("Catalog Error", DuckDBErrorType.Catalog),
        ("Binder Error", DuckDBErrorType.Binder),
        ("Conversion Error", DuckDBErrorType.Conversion),
        ("Constraint Error", DuckDBErrorType.Constraint),
        ("Invalid Input Error", DuckDBErrorType.InvalidInput),
        ("IO Error", DuckDBErrorType.IO),
        ("Not implemented Error", DuckDBErrorType.NotImplemented),
        ("Out of Range Error", DuckDBErrorType.OutOfRange),
        ("Transaction Error", DuckDBErrorType.Transaction),
        ("TransactionContext Error", DuckDBErrorType.Transaction),
        ("Out of Memory Error", DuckDBErrorType.OutOfMemory),
        ("Sequence Error", DuckDBErrorType.Sequence),
        ("Invalid Configuration Error", DuckDBErrorType.InvalidConfiguration),
        ("INTERNAL Error", DuckDBErrorType.Internal),
        ("FATAL Error", DuckDBErrorType.Fatal),
        ("Dependency Error", DuckDBErrorType.Dependency),
        ("Permission Error", DuckDBErrorType.Permission),
        ("INTERRUPT Error", DuckDBErrorType.Interrupt),
        ("Interrupt Error", DuckDBErrorType.Interrupt),
    ];

    public static DuckDBErrorType FromMessage(string message)
    {
        foreach (var (prefix, type) in Prefixes)
        {
            if (message.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return DuckDBErrorType.Invalid;
    }
}
