using System.Data.Common;
using Pipeline.DuckDb;

// Usage: Pipeline.DuckDb.LockHolder <path/to/file.duckdb>
// Opens the file (taking DuckDB's file lock), prints "ready" and holds it until stdin closes, then exits 0.
// If the file cannot be opened (e.g. another process holds it), prints the error to stderr and exits 1.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: Pipeline.DuckDb.LockHolder <path/to/file.duckdb>");
    return 2;
}

try
{
    var builder = new DbConnectionStringBuilder { ["Data Source"] = args[0] };
    using var connection = new DuckDBConnection(builder.ConnectionString);
    connection.Open();
    using (var command = connection.CreateCommand())
    {
        command.CommandText = "CREATE TABLE IF NOT EXISTS holder_marker(pid BIGINT); INSERT INTO holder_marker VALUES ($pid)";
        command.Parameters.AddWithValue("pid", Environment.ProcessId);
        command.ExecuteNonQuery();
    }

    Console.WriteLine("ready");
    Console.Out.Flush();
    while (Console.In.Read() >= 0)
    {
        // Hold the file until the parent closes our stdin.
    }

    return 0;
}
catch (DuckDBException e)
{
    await Console.Error.WriteLineAsync($"error ({e.ErrorType}): {e.Message}");
    return 1;
}
