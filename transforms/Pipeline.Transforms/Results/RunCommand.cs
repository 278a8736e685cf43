namespace Pipeline.Transforms.Results;

/// <summary>What a run does.</summary>
public enum RunCommand
{
    /// <summary>Seeds and models only (<c>pipeline transform</c>).</summary>
    Transform,

    /// <summary>Tests only, against what is already built (<c>pipeline test</c>).</summary>
    Test,

    /// <summary>Seeds, models and tests interleaved in dependency order (<c>pipeline build</c>).</summary>
    Build,
}
