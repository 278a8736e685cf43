using System.Diagnostics;
using System.Text;

namespace Pipeline.Runs.Tests;

/// <summary>The built <c>pipeline</c> CLI run as a real child process, its output captured as it comes.</summary>
internal sealed class PipelineProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private PipelineProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public static PipelineProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new PipelineProcess(Process.Start(info)!);
    }

    /// <summary>Runs to the end; returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        using var child = Start(workingDirectory, args);
        var exitCode = await child.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return (exitCode, child.Output);
    }

    /// <summary>Waits until the output contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"« {text} » not seen in the output of pipeline (exited: {process.HasExited}):\n{Output}");
            }

            await Task.Delay(20);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        // The asynchronous readers finish after the exit: wait for them too.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as systemd does to stop a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: no handler runs, as in a power cut or the OOM killer.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
        }
    }

    private static string CliPath { get; } = FindCli();

    private static string FindCli()
    {
        // tests/Pipeline.Runs.Tests/bin/<Configuration>/<tfm>/ → src/Pipeline.Cli/bin/<Configuration>/<tfm>/pipeline.dll
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(repository.FullName, "src", "Pipeline.Cli", "bin", configuration.Name, output.Name, "pipeline.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build src/Pipeline.Cli first: {path} is missing.", path);
    }
}
