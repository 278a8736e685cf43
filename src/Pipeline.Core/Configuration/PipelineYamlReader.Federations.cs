using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Configuration.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Core.Configuration;

// The federations list: one section per federation, codes unique and upper-case.
public static partial class PipelineYamlReader
{
    private static IReadOnlyList<FederationOptions> ReadFederations(YamlSection root)
    {
        const string Expectation = "une liste de fédérations, ex. - { code: UNESSA, region: WAL, name: UNESSA }";
        var sequence = root.Sequence("federations", Expectation);
        if (sequence is null)
        {
            return FederationOptions.Defaults;
        }

        if (sequence.Children.Count == 0)
        {
            throw root.Error(sequence, $"la liste « federations » est vide : déclarez au moins une fédération ({Expectation}).");
        }

        var federations = ImmutableArray.CreateBuilder<FederationOptions>(sequence.Children.Count);
        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var scope = string.Create(CultureInfo.InvariantCulture, $"dans la fédération n° {i + 1}");
            if (sequence.Children[i] is not YamlMappingNode mapping)
            {
                throw root.Error(sequence.Children[i],
                    $"la fédération n° {i + 1} doit être une section {{ code, region, name }}, trouvé {YamlSection.Show(sequence.Children[i])}.");
            }

            var federation = ReadFederation(new YamlSection(root.FilePath, mapping, scope, ["code", "region", "name"]), seen);
            federations.Add(federation);
        }

        return federations.MoveToImmutable();
    }

    private static FederationOptions ReadFederation(YamlSection section, Dictionary<string, Mark> seen)
    {
        const string CodeExpectation = "un code en majuscules, ex. UNESSA";
        var codeNode = section.Scalar("code", CodeExpectation)
            ?? throw section.Error(section.Start, $"{section.Describe("code")} manque : indiquez {CodeExpectation}.");
        var code = codeNode.Value!.Trim();
        if (!FederationCodePattern().IsMatch(code))
        {
            var hint = FederationCodePattern().IsMatch(code.ToUpperInvariant()) ? $" (écrivez « {code.ToUpperInvariant()} »)" : "";
            throw section.Error(codeNode, $"{section.Describe("code")} doit être {CodeExpectation}, trouvé « {code} »{hint}.");
        }

        if (seen.TryGetValue(code, out var first))
        {
            throw section.Error(codeNode, string.Create(CultureInfo.InvariantCulture,
                $"la fédération « {code} » est déjà déclarée ligne {first.Line} ; chaque code doit être unique."));
        }

        seen.Add(code, codeNode.Start);

        const string RegionExpectation = "WAL (Wallonie) ou BRU (Bruxelles)";
        var regionNode = section.Scalar("region", RegionExpectation)
            ?? throw section.Error(section.Start, $"{section.Describe("region")} manque pour « {code} » : indiquez {RegionExpectation}.");
        var region = regionNode.Value!.Trim() switch
        {
            "WAL" => Region.Wal,
            "BRU" => Region.Bru,
            _ => throw section.TypeError("region", regionNode, RegionExpectation),
        };

        var name = section.String("name", code, "le nom affiché de la fédération");
        return new FederationOptions(code, region, name);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FederationCodePattern();
}
