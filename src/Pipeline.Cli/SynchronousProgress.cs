namespace Pipeline.Cli;

/// <summary>
/// Reports progress on the reporting thread, one report at a time. <see cref="Progress{T}"/> posts to the
/// thread pool when there is no synchronisation context (a console), so its reports could arrive late.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
