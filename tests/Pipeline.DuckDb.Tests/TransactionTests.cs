using System.Data;

namespace Pipeline.DuckDb.Tests;

public sealed class TransactionTests
{
    [Fact]
    public void Commit_persists_and_other_connections_see_the_rows_only_after_it()
    {
        using var folder = new TempFolder();
        using (var writer = TestSql.Open(folder.ConnectionString()))
        using (var observer = TestSql.Open(folder.ConnectionString()))
        {
            TestSql.Exec(writer, "CREATE TABLE t(v INTEGER)");
            using var transaction = writer.BeginTransaction();
            TestSql.Exec(writer, "INSERT INTO t VALUES (1), (2)");

            Assert.Equal(2L, TestSql.Scalar<long>(writer, "SELECT count(*) FROM t"));
            Assert.Equal(0L, TestSql.Scalar<long>(observer, "SELECT count(*) FROM t"));

            transaction.Commit();
            Assert.Equal(2L, TestSql.Scalar<long>(observer, "SELECT count(*) FROM t"));
        }

        using var reopened = TestSql.Open(folder.ConnectionString());
        Assert.Equal(2L, TestSql.Scalar<long>(reopened, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void Rollback_undoes_the_changes()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1)");
        using var transaction = connection.BeginTransaction();
        TestSql.Exec(connection, "INSERT INTO t VALUES (2); UPDATE t SET v = 10 WHERE v = 1");

        transaction.Rollback();

        Assert.Equal([1], TestSql.Column<int>(connection, "SELECT v FROM t"));
    }

    [Fact]
    public void Disposing_without_commit_rolls_back()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER)");
        using (connection.BeginTransaction())
        {
            TestSql.Exec(connection, "INSERT INTO t VALUES (1)");
        }

        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
        using var next = connection.BeginTransaction();
        TestSql.Exec(connection, "INSERT INTO t VALUES (2)");
        next.Commit();
        Assert.Equal([2], TestSql.Column<int>(connection, "SELECT v FROM t"));
    }

    [Fact]
    public void Closing_the_connection_rolls_back_an_open_transaction()
    {
        using var folder = new TempFolder();
        using var anchor = TestSql.Open(folder.ConnectionString());
        TestSql.Exec(anchor, "CREATE TABLE t(v INTEGER)");
        using (var connection = TestSql.Open(folder.ConnectionString()))
        {
            var transaction = connection.BeginTransaction();
            TestSql.Exec(connection, "INSERT INTO t VALUES (1)");
            connection.Close();
            transaction.Dispose();
        }

        Assert.Equal(0L, TestSql.Scalar<long>(anchor, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void Nested_transactions_are_refused()
    {
        using var connection = TestSql.OpenMemory();
        using var transaction = connection.BeginTransaction();

        var error = Assert.Throws<InvalidOperationException>(connection.BeginTransaction);

        Assert.Contains("already in progress", error.Message, StringComparison.Ordinal);
        transaction.Commit();
        using var next = connection.BeginTransaction();
        next.Commit();
    }

    [Fact]
    public void A_transaction_completes_once()
    {
        using var connection = TestSql.OpenMemory();
        var transaction = connection.BeginTransaction();
        transaction.Commit();

        Assert.Throws<InvalidOperationException>(transaction.Commit);
        Assert.Throws<InvalidOperationException>(transaction.Rollback);
        transaction.Dispose();
    }

    [Fact]
    public void A_failing_statement_aborts_the_transaction_until_rollback()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER PRIMARY KEY)");
        using var transaction = connection.BeginTransaction();
        TestSql.Exec(connection, "INSERT INTO t VALUES (1)");

        var failure = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "INSERT INTO t VALUES (1)"));
        Assert.Equal(DuckDBErrorType.Constraint, failure.ErrorType);

        // DuckDB refuses further work in the failed transaction.
        var aborted = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "INSERT INTO t VALUES (2)"));
        Assert.Equal(DuckDBErrorType.Transaction, aborted.ErrorType);
        Assert.Contains("transaction is aborted", aborted.Message, StringComparison.Ordinal);

        transaction.Rollback();
        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
        TestSql.Exec(connection, "INSERT INTO t VALUES (1)");
        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void Isolation_level_is_snapshot_unless_asked_and_the_transaction_knows_its_connection()
    {
        using var connection = TestSql.OpenMemory();
        using (var transaction = connection.BeginTransaction())
        {
            Assert.Equal(IsolationLevel.Snapshot, transaction.IsolationLevel);
            Assert.Same(connection, transaction.Connection);
        }

        using var serializable = connection.BeginTransaction(IsolationLevel.Serializable);
        Assert.Equal(IsolationLevel.Serializable, serializable.IsolationLevel);
    }

    [Fact]
    public void Commands_through_the_ado_base_types_join_the_transaction()
    {
        using System.Data.Common.DbConnection connection = TestSql.OpenMemory();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t(v INTEGER)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO t VALUES (1)";
        Assert.Equal(1, insert.ExecuteNonQuery());
        transaction.Rollback();

        insert.Transaction = null;
        insert.CommandText = "SELECT count(*) FROM t";
        Assert.Equal(0L, insert.ExecuteScalar());
    }
}
