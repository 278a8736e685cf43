using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

/// <summary>
/// Finds libduckdb.so for the P/Invoke declarations: next to the assemblies (where the build copies it),
/// or where DUCKDB_LIBRARY_PATH points. A missing library fails with a message that says how to get it.
/// </summary>
internal static class NativeLibraryResolver
{
    internal const string LibraryPathVariable = "DUCKDB_LIBRARY_PATH";
    private const string FileName = "libduckdb.so";

#pragma warning disable CA2255 // The resolver must be registered before the first P/Invoke, whoever calls it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != NativeMethods.Library)
        {
            return IntPtr.Zero;
        }

        var candidates = CandidatePaths(assembly).ToList();
        foreach (var path in candidates)
        {
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
            {
                return handle;
            }
        }

        if (NativeLibrary.TryLoad(FileName, assembly, searchPath, out var fromSystem))
        {
            return fromSystem;
        }

        throw new DllNotFoundException(
            $"{FileName} (DuckDB 1.5) was not found. Looked in: {string.Join(", ", candidates)} and the system library path. " +
            $"Build the solution with 'dotnet build' (it fetches the library from npm through eng/fetch-assets.sh), " +
            $"or set {LibraryPathVariable} to the full path of {FileName}.");
    }

    private static IEnumerable<string> CandidatePaths(Assembly assembly)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(LibraryPathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            yield return Directory.Exists(fromEnvironment) ? Path.Combine(fromEnvironment, FileName) : fromEnvironment;
        }

        yield return Path.Combine(AppContext.BaseDirectory, FileName);
        var assemblyDirectory = Path.GetDirectoryName(assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDirectory))
        {
            yield return Path.Combine(assemblyDirectory, FileName);
        }

        yield return Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", FileName);
    }
}
