using Pipeline.Core.Text;
using Pipeline.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Transforms.Discovery.Yaml;

/// <summary>
/// One YAML mapping of a model file, read strictly: an unknown key is an error at its line (with the
/// closest admitted key), and each getter reports a wrong type where it stands.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);

    public YamlMap(string filePath, YamlMappingNode mapping, string scope, IReadOnlyList<string> allowedKeys)
    {
        FilePath = filePath;
        Node = mapping;
        Scope = scope;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw Error(keyNode, $"clé invalide {scope} : une clé est un simple mot suivi de deux-points.");
            }

            if (!allowedKeys.Contains(key))
            {
                var closest = NameSuggestion.Closest(key, allowedKeys, maxEdits: 3);
                throw Error(keyNode, $"clé inconnue « {key} » {scope}. Clés admises : {string.Join(", ", allowedKeys)}."
                    + (closest is null ? "" : $" Vouliez-vous dire « {closest} » ?"));
            }

            values[key] = value;
        }
    }

    public string FilePath { get; }

    public YamlMappingNode Node { get; }

    /// <summary>Where the mapping sits, in French (<c>dans le modèle « x »</c>).</summary>
    public string Scope { get; }

    public int Line => LineOf(Node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    /// <summary>The value of <paramref name="key"/>; null when absent or YAML null.</summary>
    public YamlNode? Find(string key) => values.TryGetValue(key, out var node) && !IsNull(node) ? node : null;

    /// <summary>The text of a scalar key; null when absent.</summary>
    public string? String(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw Error(node, $"« {key} » {Scope} doit être un texte, trouvé {Show(node)}."),
        };
    }

    /// <summary>The text of a required scalar key.</summary>
    public string RequiredString(string key, string example) =>
        String(key) is { Length: > 0 } text
            ? text
            : throw Error(Node, $"« {key} » manque {Scope} : ajoutez « {key}: {example} ».");

    /// <summary>A nested mapping, strictly read; null when absent.</summary>
    public YamlMap? Map(string key, string scope, IReadOnlyList<string> allowedKeys)
    {
        var node = Find(key);
        return node switch
        {
            null => null,
            YamlMappingNode mapping => new YamlMap(FilePath, mapping, scope, allowedKeys),
            _ => throw Error(node, $"« {key} » {Scope} doit être une section de clés ({string.Join(", ", allowedKeys)}), trouvé {Show(node)}."),
        };
    }

    /// <summary>The items of a list key; empty when absent.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => throw Error(node, $"« {key} » {Scope} doit être une liste (lignes commençant par « - »), trouvé {Show(node)}."),
        };
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Find(key);
        return node switch
        {
            null => [],
            YamlScalarNode { Value: { } single } => [single],
            YamlSequenceNode sequence => [.. sequence.Children.Select(item => item is YamlScalarNode { Value: { } text }
                ? text
                : throw Error(item, $"chaque élément de « {key} » {Scope} doit être un texte, trouvé {Show(item)}."))],
            _ => throw Error(node, $"« {key} » {Scope} doit être une liste de textes, trouvé {Show(node)}."),
        };
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive), lower-cased; null when absent.</summary>
    public string? Choice(string key, IReadOnlyList<string> allowed)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw Error(Find(key)!, $"« {key} » {Scope} vaut « {text} » : valeurs admises {string.Join(", ", allowed)}.");
    }

    public PipelineConfigException Error(YamlNode node, string detail) => Error(FilePath, node.Start, detail);

    public static PipelineConfigException Error(string filePath, Mark mark, string detail) =>
        new(filePath, (int)mark.Line, (int)mark.Column, detail);

    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "une valeur vide",
        YamlScalarNode scalar => $"« {scalar.Value} »",
        YamlSequenceNode => "une liste",
        _ => "une section de clés",
    };

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
