using System.Diagnostics;

namespace Pipeline.DuckDb.Tests;

/// <summary>
/// Runs tests/Pipeline.DuckDb.LockHolder as a real second process ("dotnet Pipeline.DuckDb.LockHolder.dll file"):
/// it opens the DuckDB file, prints "ready" and holds it until its stdin closes; if it cannot open the file it
/// prints the error to stderr and exits 1. Dispose closes stdin and kills the process if it is still alive.
/// </summary>
internal sealed class LockHolderProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly Task<string> stderr;

    private LockHolderProcess(Process process)
    {
        this.process = process;
        stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    /// <summary>The holder's dll, built by the test project's ProjectReference into its own bin folder.</summary>
    public static string DllPath
    {
        get
        {
            // <repo>/tests/Pipeline.DuckDb.Tests/bin/<Configuration>/<TargetFramework>/
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent!;
            var tests = configuration.Parent!.Parent!.Parent!;
            var path = Path.Combine(tests.FullName, "Pipeline.DuckDb.LockHolder", "bin", configuration.Name, output.Name, "Pipeline.DuckDb.LockHolder.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The lock holder was not built at {path}: build tests/Pipeline.DuckDb.Tests (it references the holder).", path);
        }
    }

    public static LockHolderProcess Start(string databasePath)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add(databasePath);
        return new LockHolderProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the lock holder."));
    }

    /// <summary>The first line the holder prints ("ready" once it holds the file), or null if it exits first.</summary>
    public async Task<string?> FirstLineAsync() => await process.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout);

    /// <summary>Closes the holder's stdin (so it releases the file and exits) and returns its exit code and stderr.</summary>
    public async Task<(int ExitCode, string Error)> ReleaseAndWaitAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        return (process.ExitCode, await stderr.WaitAsync(StartTimeout));
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Already exited: nothing to release.
        }
        finally
        {
            process.Dispose();
        }
    }
}
