using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong ExtractStatements(ConnectionHandle connection, string query, out IntPtr extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_extracted_statement")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State PrepareExtractedStatement(
        ConnectionHandle connection, ExtractedStatementsHandle extracted, ulong index, out IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* ExtractStatementsError(ExtractedStatementsHandle extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_extracted")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyExtracted(ref IntPtr extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyPrepare(ref IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* PrepareError(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong ParameterCount(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_parameter_name")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* ParameterName(PreparedStatementHandle statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_value")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State BindValue(PreparedStatementHandle statement, ulong index, ValueHandle value);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State ClearBindings(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State ExecutePrepared(PreparedStatementHandle statement, DuckDBResultNative* result);

    // Deprecated in 1.x with no replacement yet, but the only way to read a large result with flat memory.
    // Used in exactly one place: StatementExecution.Execute.
    [LibraryImport(Library, EntryPoint = "duckdb_pending_prepared_streaming")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State PendingPreparedStreaming(PreparedStatementHandle statement, out IntPtr pending);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* PendingError(PendingResultHandle pending);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_pending")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State ExecutePending(PendingResultHandle pending, DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_pending")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyPending(ref IntPtr pending);
}
