using System.Text.RegularExpressions;
using Pipeline.Core.Configuration.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Core.Configuration;

/// <summary>
/// Reads <c>pipeline.yaml</c> into <see cref="PipelineOptions"/>, strictly: any unknown key, wrong
/// type or bad value is a <see cref="PipelineConfigException"/> located at its line and column.
/// </summary>
/// <remarks>
/// The YAML is loaded as a node tree rather than deserialised, so every error can point at the exact
/// node; the mapping into records is written by hand for the same reason.
/// </remarks>
public static partial class PipelineYamlReader
{
    private static readonly string[] RootKeys =
    [
        "name", "inbox", "lake", "warehouse", "site", "duckdb", "federations",
        "ingestion", "transforms", "privacy", "dashboards", "schedule",
    ];

    /// <summary>Reads and validates the file at <paramref name="filePath"/>.</summary>
    /// <exception cref="PipelineConfigException">The content is invalid.</exception>
    /// <exception cref="PipelineException">The file cannot be read.</exception>
    public static PipelineOptions ReadFile(string filePath)
    {
        var fullPath = System.IO.Path.GetFullPath(filePath);
        string text;
        try
        {
            // A few hundred bytes read once at start-up: synchronous on purpose, so the project can be
            // loaded lazily from a DI factory.
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PipelineException($"Impossible de lire {fullPath} : {e.Message}", e);
        }

        return Parse(text, fullPath);
    }

    /// <summary>Validates YAML text; <paramref name="filePath"/> only serves to locate errors.</summary>
    /// <exception cref="PipelineConfigException">The content is invalid.</exception>
    public static PipelineOptions Parse(string yaml, string filePath)
    {
        var stream = Load(yaml, filePath);
        if (stream.Documents.Count == 0)
        {
            return new PipelineOptions();
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new PipelineConfigException(filePath, (int)second.Line, (int)second.Column,
                "un seul document YAML est attendu ; retirez le second séparateur « --- » et ce qui le suit.");
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
        {
            return new PipelineOptions();
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new PipelineConfigException(filePath, (int)root.Start.Line, (int)root.Start.Column,
                $"le fichier doit être une suite de clés « clé: valeur » (name, inbox, lake...), trouvé {YamlSection.Show(root)}.");
        }

        return ReadRoot(new YamlSection(filePath, mapping, scope: null, RootKeys));
    }

    private static PipelineOptions ReadRoot(YamlSection root)
    {
        var defaults = new PipelineOptions();
        return new PipelineOptions
        {
            Name = ReadName(root, defaults.Name),
            Inbox = root.Path("inbox", defaults.Inbox),
            Lake = root.Path("lake", defaults.Lake),
            Warehouse = root.Path("warehouse", defaults.Warehouse),
            Site = root.Path("site", defaults.Site),
            DuckDb = ReadDuckDb(root),
            Federations = ReadFederations(root),
            Ingestion = ReadIngestion(root),
            Transforms = ReadTransforms(root),
            Privacy = ReadPrivacy(root),
            Dashboards = ReadDashboards(root),
            Schedule = ReadSchedule(root),
        };
    }

    private static string ReadName(YamlSection root, string defaultValue)
    {
        const string Expectation = "un nom court fait de lettres, chiffres, points, tirets ou soulignés (ex. isp-es)";
        var node = root.Scalar("name", Expectation);
        if (node is null)
        {
            return defaultValue;
        }

        var name = node.Value!.Trim();
        return NamePattern().IsMatch(name) ? name : throw root.TypeError("name", node, Expectation);
    }

    private static YamlStream Load(string yaml, string filePath)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
            return stream;
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = e.Message["Duplicate key ".Length..];
            throw new PipelineConfigException(filePath, (int)e.Start.Line, (int)e.Start.Column,
                $"clé « {key} » en double ; gardez-en une seule.", e);
        }
        catch (YamlException e)
        {
            throw new PipelineConfigException(filePath, (int)e.Start.Line, (int)e.Start.Column,
                $"erreur de syntaxe YAML ({e.Message.TrimEnd('.')}). Vérifiez l'indentation (des espaces, pas de tabulations), " +
                "les deux-points après chaque clé et les guillemets.", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 16.3 throws this instead of a YamlException on an unclosed [ or {.
            var position = scanner.CurrentPosition;
            throw new PipelineConfigException(filePath, (int)position.Line, (int)position.Column,
                "erreur de syntaxe YAML : une liste [ ou une section { n'est pas refermée avant ce point.", e);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
