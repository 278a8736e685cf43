namespace Pipeline.DuckDb.Tests;

public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int RowsPerThread = 1000;
    private const int Batch = 100;

    [Fact]
    public void Eight_threads_with_their_own_connections_write_and_read_one_file()
    {
        using var folder = new TempFolder();
        var connectionString = folder.ConnectionString();
        using (var setup = TestSql.Open(connectionString))
        {
            TestSql.Exec(setup, "CREATE TABLE events(worker INTEGER, seq INTEGER, payload VARCHAR)");
        }

        using var start = new Barrier(Threads);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, Threads)
            .Select(worker => new Thread(() => Work(worker)) { IsBackground = true })
            .ToList();
        workers.ForEach(t => t.Start());
        foreach (var thread in workers)
        {
            Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "A worker did not finish within 60 s.");
        }

        Assert.Empty(failures);
        using var check = TestSql.Open(connectionString);
        Assert.Equal((long)Threads * RowsPerThread, TestSql.Scalar<long>(check, "SELECT count(*) FROM events"));
        Assert.Equal((long)Threads * RowsPerThread, TestSql.Scalar<long>(check, "SELECT count(DISTINCT (worker, seq)) FROM events"));
        Assert.Equal(
            Enumerable.Range(0, Threads).Select(w => (long)RowsPerThread * (RowsPerThread - 1) / 2).ToList(),
            TestSql.Column<long>(check, "SELECT sum(seq)::BIGINT FROM events GROUP BY worker ORDER BY worker"));
        Assert.Equal(0L, TestSql.Scalar<long>(check, "SELECT count(*) FROM events WHERE payload <> 'w' || worker || '-' || seq"));

        void Work(int worker)
        {
            try
            {
                using var connection = new DuckDBConnection(connectionString);
                start.SignalAndWait();
                connection.Open();
                using var insert = new DuckDBCommand("INSERT INTO events VALUES ($worker, $seq, $payload)", connection);
                var seqParameter = insert.Parameters.AddWithValue("seq", 0);
                var payloadParameter = insert.Parameters.AddWithValue("payload", string.Empty);
                insert.Parameters.AddWithValue("worker", worker);
                using var read = new DuckDBCommand("SELECT seq, payload FROM events WHERE worker = $worker ORDER BY seq", connection);
                read.Parameters.AddWithValue("worker", worker);
                // Batches of single-row inserts, each batch one transaction, committed concurrently with the others.
                for (var first = 0; first < RowsPerThread; first += Batch)
                {
                    using var transaction = connection.BeginTransaction();
                    for (var seq = first; seq < first + Batch; seq++)
                    {
                        seqParameter.Value = seq;
                        payloadParameter.Value = $"w{worker}-{seq}";
                        if (insert.ExecuteNonQuery() != 1)
                        {
                            throw new InvalidOperationException($"Worker {worker}: the insert of {seq} changed no row.");
                        }
                    }

                    transaction.Commit();
                }

                // Each worker reads its own rows back while the others are still writing theirs.
                using var reader = read.ExecuteReader();
                var expected = 0;
                while (reader.Read())
                {
                    if (reader.GetInt32(0) != expected || reader.GetString(1) != $"w{worker}-{expected}")
                    {
                        throw new InvalidOperationException($"Worker {worker}: row {expected} read back wrong.");
                    }

                    expected++;
                }

                if (expected != RowsPerThread)
                {
                    throw new InvalidOperationException($"Worker {worker}: read {expected} rows back, expected {RowsPerThread}.");
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        }
    }
}
