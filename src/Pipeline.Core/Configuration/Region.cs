namespace Pipeline.Core.Configuration;

/// <summary>The region a federation works in; written <c>WAL</c> or <c>BRU</c> in <c>pipeline.yaml</c>.</summary>
public enum Region
{
    /// <summary>Wallonia (<c>WAL</c>).</summary>
    Wal,

    /// <summary>Brussels-Capital (<c>BRU</c>).</summary>
    Bru,
}
