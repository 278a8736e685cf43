using Pipeline.DuckDb;

namespace Pipeline.Transforms.Execution;

/// <summary>
/// At most one warehouse connection per worker, opened on first need and reused. All share the process's
/// one native database for the file. Used from the scheduler's loop only, so not thread-safe.
/// </summary>
internal sealed class ConnectionPool(string connectionString) : IAsyncDisposable
{
    private readonly Stack<DuckDBConnection> idle = new();
    private readonly List<DuckDBConnection> all = [];

    public async Task<DuckDBConnection> TakeAsync(CancellationToken cancellationToken)
    {
        if (idle.TryPop(out var connection))
        {
            return connection;
        }

        connection = new DuckDBConnection(connectionString);
        all.Add(connection);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public void Return(DuckDBConnection connection) => idle.Push(connection);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in all)
        {
            await connection.DisposeAsync();
        }
    }
}
