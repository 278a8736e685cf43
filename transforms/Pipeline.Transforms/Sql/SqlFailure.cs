namespace Pipeline.Transforms.Sql;

/// <summary>
/// A DuckDB error raised by a user's SQL, with the number of lines the engine put before that SQL in the
/// statement it ran, so the error's LINE can be mapped back to the file.
/// </summary>
internal sealed class SqlFailure(string message, int prefixLines, Exception innerException) : Exception(message, innerException)
{
    public int PrefixLines { get; } = prefixLines;
}
