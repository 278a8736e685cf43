namespace Pipeline.Transforms.Testing;

/// <summary>What a failing test does.</summary>
public enum TestSeverity
{
    /// <summary>The run fails and everything downstream of the tested model is skipped (the default).</summary>
    Error,

    /// <summary>Reported, nothing skipped.</summary>
    Warn,
}
