using System.Globalization;
using Pipeline.Ingestion.Contracts;

namespace Pipeline.Ingestion.Recognition;

/// <summary>
/// Which dataset a table is: by its name first (file stem or sheet name, e.g. "parcours_2019 (1)",
/// "filiere_annee_2021_v2"), by its header second. A name is trusted only if the header agrees enough; a
/// table that matches nothing gets the closest contracts for its message.
/// </summary>
public static class DatasetRecognizer
{
    private const double HeaderMatch = 0.8;
    private const double NameConfirmation = 0.5;

    public static Recognition Recognise(IReadOnlyList<DataContract> contracts, string name, IReadOnlyList<string> header)
    {
        var normalisedName = HeaderName.Normalise(name);
        var normalisedHeader = header.Select(HeaderName.Normalise).ToList();
        var byName = contracts
            .Where(c => normalisedName == c.Dataset || normalisedName.StartsWith(c.Dataset + "_", StringComparison.Ordinal))
            .OrderByDescending(c => c.Dataset.Length)
            .FirstOrDefault();
        if (byName is not null && byName.Coverage(normalisedHeader) >= NameConfirmation)
        {
            return new Recognition(byName, RecognisedBy.Name, []);
        }

        var ranked = contracts.Select(c => (Contract: c, Coverage: c.Coverage(normalisedHeader)))
            .OrderByDescending(x => x.Coverage).ThenBy(x => x.Contract.Dataset, StringComparer.Ordinal).ToList();
        if (ranked.Count > 0 && ranked[0].Coverage >= HeaderMatch)
        {
            return new Recognition(ranked[0].Contract, RecognisedBy.Header, []);
        }

        var closest = ranked.Take(3)
            .Select(x => string.Create(CultureInfo.GetCultureInfo("fr-BE"), $"{x.Contract.Dataset} ({x.Coverage:P0} des colonnes obligatoires)"))
            .ToList();
        return new Recognition(null, RecognisedBy.None, closest);
    }
}

/// <summary>How a table was recognised.</summary>
public enum RecognisedBy
{
    None,
    Name,
    Header,
}

/// <summary>The recognised contract, or none with the closest candidates.</summary>
public sealed record Recognition(DataContract? Contract, RecognisedBy By, IReadOnlyList<string> Closest);
