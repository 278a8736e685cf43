using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Core.Configuration.Yaml;

/// <summary>
/// One YAML mapping of <c>pipeline.yaml</c> read strictly: unknown keys are rejected up front, and each
/// typed getter reports a wrong type or value at the node's own line and column, naming the key.
/// </summary>
internal sealed class YamlSection
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly string? scope;

    /// <param name="filePath">The file, for error locations.</param>
    /// <param name="mapping">The mapping node to read.</param>
    /// <param name="scope">Where the mapping sits, as French words (<c>dans « duckdb »</c>); null for the root.</param>
    /// <param name="allowedKeys">Every key this mapping may hold, in the order shown to users.</param>
    public YamlSection(string filePath, YamlMappingNode mapping, string? scope, IReadOnlyList<string> allowedKeys)
    {
        FilePath = filePath;
        Start = mapping.Start;
        this.scope = scope;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw Error(keyNode, $"clé invalide {scope ?? "à la racine du fichier"} : une clé doit être un simple mot " +
                    $"suivi de deux-points. Clés admises : {string.Join(", ", allowedKeys)}.");
            }

            if (!allowedKeys.Contains(key))
            {
                var closest = NameSuggestion.Closest(key, allowedKeys);
                var hint = closest is null ? "" : $" Vouliez-vous dire « {closest} » ?";
                throw Error(keyNode, $"clé inconnue « {key} » {scope ?? "à la racine du fichier"}. " +
                    $"Clés admises : {string.Join(", ", allowedKeys)}.{hint}");
            }

            values[key] = value;
        }
    }

    public string FilePath { get; }

    /// <summary>Position of the mapping itself, for errors about a missing key.</summary>
    public Mark Start { get; }

    /// <summary>The value node of <paramref name="key"/>, or null when the key is absent or its value is empty.</summary>
    public YamlNode? Find(string key) =>
        values.TryGetValue(key, out var node) && !IsNull(node) ? node : null;

    /// <summary>The key as named in messages: <c>« threads » dans « duckdb »</c>.</summary>
    public string Describe(string key) => scope is null ? $"« {key} »" : $"« {key} » {scope}";

    /// <summary>A nested mapping; null when absent or empty, so an empty section means "all defaults".</summary>
    public YamlSection? Section(string key, string nestedScope, IReadOnlyList<string> allowedKeys)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlMappingNode mapping => new YamlSection(FilePath, mapping, nestedScope, allowedKeys),
            _ => throw TypeError(key, node, $"une section de clés ({string.Join(", ", allowedKeys)})"),
        };
    }

    /// <summary>A list node; null when absent or empty.</summary>
    public YamlSequenceNode? Sequence(string key, string expectation)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            _ => throw TypeError(key, node, expectation),
        };
    }

    /// <summary>A scalar node with non-blank text; null when absent; an error when empty or not a scalar.</summary>
    public YamlScalarNode? Scalar(string key, string expectation)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (IsNull(node) || node is YamlScalarNode { Value: var text } && string.IsNullOrWhiteSpace(text))
        {
            throw Error(node, $"{Describe(key)} est vide : indiquez {expectation}, ou retirez la ligne pour garder la valeur par défaut.");
        }

        return node as YamlScalarNode ?? throw TypeError(key, node, expectation);
    }

    public string String(string key, string defaultValue, string expectation) =>
        Scalar(key, expectation)?.Value!.Trim() ?? defaultValue;

    /// <summary>A relative or absolute path; kept as written, resolved later against the project folder.</summary>
    public string Path(string key, string defaultValue) =>
        Scalar(key, "un chemin de dossier ou de fichier") is { } node ? CheckPath(node, key) : defaultValue;

    public IReadOnlyList<string> PathList(string key, IReadOnlyList<string> defaultValue)
    {
        const string Expectation = "une liste de chemins, ex. [transforms, marts]";
        var sequence = Sequence(key, Expectation);
        if (sequence is null)
        {
            return values.ContainsKey(key) ? ImmutableArray<string>.Empty : defaultValue;
        }

        var paths = ImmutableArray.CreateBuilder<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { } text } scalar || IsNull(item) || string.IsNullOrWhiteSpace(text))
            {
                throw Error(item, $"chaque élément de {Describe(key)} doit être un chemin, trouvé {Show(item)}.");
            }

            paths.Add(CheckPath(scalar, key));
        }

        return paths.MoveToImmutable();
    }

    public int Integer(string key, int defaultValue, int minimum)
    {
        var expectation = string.Create(CultureInfo.InvariantCulture, $"un nombre entier supérieur ou égal à {minimum}");
        var node = Scalar(key, expectation);
        if (node is null)
        {
            return defaultValue;
        }

        return int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw TypeError(key, node, expectation);
    }

    /// <summary>A decimal number written with a point, accepted when <paramref name="isValid"/> holds.</summary>
    public double Number(string key, double defaultValue, Func<double, bool> isValid, string expectation)
    {
        var node = Scalar(key, expectation);
        if (node is null)
        {
            return defaultValue;
        }

        return double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && isValid(value)
            ? value
            : throw TypeError(key, node, expectation);
    }

    public bool Boolean(string key, bool defaultValue)
    {
        const string Expectation = "true ou false";
        var node = Scalar(key, Expectation);
        if (node is null)
        {
            return defaultValue;
        }

        return bool.TryParse(node.Value, out var value) ? value : throw TypeError(key, node, Expectation);
    }

    /// <summary>An error about the value of <paramref name="key"/>: what was expected, what was found.</summary>
    public PipelineConfigException TypeError(string key, YamlNode node, string expectation) =>
        Error(node, $"{Describe(key)} doit être {expectation}, trouvé {Show(node)}.");

    public PipelineConfigException Error(YamlNode node, string detail) => Error(node.Start, detail);

    public PipelineConfigException Error(Mark position, string detail) =>
        new(FilePath, (int)position.Line, (int)position.Column, detail);

    /// <summary>How a found value is shown in messages.</summary>
    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "une valeur vide",
        YamlScalarNode scalar => $"« {scalar.Value} »",
        YamlSequenceNode => "une liste",
        _ => "une section de clés",
    };

    // YAML's null: an empty plain value, "~" or "null" (quoted text is never null).
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private string CheckPath(YamlScalarNode node, string key)
    {
        var path = node.Value!.Trim();
        return path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) < 0
            ? path
            : throw Error(node, $"{Describe(key)} contient un caractère interdit dans un chemin.");
    }
}
