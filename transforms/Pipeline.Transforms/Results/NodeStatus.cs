namespace Pipeline.Transforms.Results;

/// <summary>How a seed, model or test ended.</summary>
public enum NodeStatus
{
    /// <summary>Seed or model built.</summary>
    Success,

    /// <summary>Seed or model not built (SQL error, missing source data), or a test that could not run.</summary>
    Error,

    /// <summary>Not run because something upstream failed; <see cref="NodeResult.SkippedBecause"/> says what.</summary>
    Skipped,

    /// <summary>Test returned no failing row.</summary>
    Pass,

    /// <summary>Error-severity test returned failing rows: what lies downstream is skipped.</summary>
    Fail,

    /// <summary>Warn-severity test returned failing rows: reported only.</summary>
    Warn,
}
