using System.Runtime.InteropServices;

namespace Pipeline.Dashboards.Publishing;

/// <summary>
/// rename(2), the one atomic way to replace a symbolic link to a directory: .NET's File.Move and
/// Directory.Move refuse a destination that resolves to a directory. (The only native call outside
/// Pipeline.DuckDb, for the atomic publication of the site.)
/// </summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameNative(string oldPath, string newPath);

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing it atomically.</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
        {
            throw new IOException($"Impossible de renommer {from} en {to} (errno {Marshal.GetLastPInvokeError()}).");
        }
    }
}
