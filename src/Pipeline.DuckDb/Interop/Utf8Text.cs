using System.Runtime.InteropServices;
using System.Text;

namespace Pipeline.DuckDb.Interop;

/// <summary>UTF-8 conversions at the native boundary.</summary>
internal static unsafe class Utf8Text
{
    /// <summary>Reads a NUL-terminated UTF-8 string that DuckDB owns (never freed here).</summary>
    public static string? FromOwned(byte* text) => text == null ? null : Marshal.PtrToStringUTF8((IntPtr)text);

    /// <summary>Reads a NUL-terminated UTF-8 string that the caller must free with duckdb_free, and frees it.</summary>
    public static string? FromAllocated(byte* text)
    {
        if (text == null)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8((IntPtr)text);
        }
        finally
        {
            NativeMethods.Free(text);
        }
    }

    /// <summary>Reads a length-delimited UTF-8 string.</summary>
    public static string FromSpan(byte* text, int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(text, length);
}
