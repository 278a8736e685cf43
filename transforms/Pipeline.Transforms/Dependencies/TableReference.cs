namespace Pipeline.Transforms.Dependencies;

/// <summary>A table name as written in a FROM or JOIN: <c>raw.parcours</c>, <c>main.x</c>, <c>x</c>.</summary>
/// <param name="Catalog">Catalog (database) prefix, or empty.</param>
/// <param name="Schema">Schema prefix, or empty.</param>
/// <param name="Name">Table name.</param>
/// <param name="ByteOffset">Position in the UTF-8 text as DuckDB reports it; null when DuckDB gives none.</param>
internal sealed record TableReference(string Catalog, string Schema, string Name, long? ByteOffset);
