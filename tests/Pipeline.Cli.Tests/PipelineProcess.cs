using System.Diagnostics;
using System.Text;

namespace Pipeline.Cli.Tests;

/// <summary>The built <c>pipeline</c> executable run as a real child process, to be killed or stopped like one.</summary>
internal sealed class PipelineProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder error = new();
    private readonly StringBuilder output = new();

    private PipelineProcess(Process process) => this.process = process;

    public string Error { get { lock (error) { return error.ToString(); } } }

    public string Output { get { lock (output) { return output.ToString(); } } }

    public int Id => process.Id;

    public static PipelineProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "pipeline"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var started = new PipelineProcess(process);
        process.ErrorDataReceived += (_, e) => { lock (started.error) { started.error.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, e) => { lock (started.output) { started.output.AppendLine(e.Data); } };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return started;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var code = await process.WaitAsync(TimeSpan.FromMinutes(3));
        return (code, process.Output, process.Error);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Waits until standard error shows <paramref name="text"/>.</summary>
    public async Task WaitForErrorAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > timeout || process.HasExited)
            {
                throw new TimeoutException($"« {text} » not seen; stderr: {Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no cleanup at all, as a power cut or the OOM killer would do.</summary>
    public void Kill() => process.Kill();

    /// <summary>SIGTERM, as systemd stops a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }
}
