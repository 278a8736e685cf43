using System.Collections.Immutable;

namespace Pipeline.Core.Configuration;

/// <summary>One entry of <c>federations</c>: a federation allowed to send files.</summary>
public sealed record FederationOptions(string Code, Region Region, string Name)
{
    /// <summary>The sector's six federations: five in Wallonia, one in Brussels.</summary>
    public static IReadOnlyList<FederationOptions> Defaults { get; } = ImmutableArray.Create(
        new FederationOptions("UNESSA", Region.Wal, "UNESSA"),
        new FederationOptions("ALEAP", Region.Wal, "ALEAP"),
        new FederationOptions("CAIPS", Region.Wal, "CAIPS"),
        new FederationOptions("LEE", Region.Wal, "Lire et Écrire Wallonie"),
        new FederationOptions("AID", Region.Wal, "AID"),
        new FederationOptions("FEBISP", Region.Bru, "FeBISP"));

    /// <summary>The region as written in files and folders: <c>WAL</c> or <c>BRU</c>.</summary>
    public string RegionCode => Region == Region.Bru ? "BRU" : "WAL";
}
