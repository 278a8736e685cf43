using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Dashboards.Pages;

/// <summary>The keys of one YAML mapping of a page (front matter or a component), read strictly.</summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly string file;
    private readonly int line;
    private readonly string what;

    private YamlFields(string file, int line, string what)
    {
        this.file = file;
        this.line = line;
        this.what = what;
    }

    /// <summary>Parses <paramref name="yaml"/>, refusing keys outside <paramref name="allowed"/>.</summary>
    public static YamlFields Parse(string yaml, string file, int line, string what, IReadOnlyCollection<string> allowed)
    {
        var fields = new YamlFields(file, line, what);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new PageException(file, line + (int)e.Start.Line, $"YAML invalide dans {what} : {e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return fields;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new PageException(file, line, $"{what} doit être une suite de « clé: valeur ».");
        }

        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!allowed.Contains(name))
            {
                throw new PageException(file, line + (int)key.Start.Line, $"clé inconnue « {name} » dans {what} ; clés possibles : {string.Join(", ", allowed)}.");
            }

            fields.values[name] = value;
        }

        return fields;
    }

    public string? Text(string key) => values.TryGetValue(key, out var node) ? (node as YamlScalarNode)?.Value : null;

    public string RequiredText(string key) =>
        Text(key) is { Length: > 0 } text ? text : throw new PageException(file, line, $"{what} : la clé « {key} » est obligatoire.");

    public int? Integer(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PageException(file, line, $"{what} : « {key} » doit être un nombre entier (trouvé « {text} »).");
    }

    public bool? Boolean(string key) => Text(key) switch
    {
        null => null,
        "true" or "oui" or "yes" => true,
        "false" or "non" or "no" => false,
        var other => throw new PageException(file, line, $"{what} : « {key} » vaut true ou false (trouvé « {other} »)."),
    };

    /// <summary>A scalar or a list of scalars.</summary>
    public IReadOnlyList<string> List(string key) => values.TryGetValue(key, out var node)
        ? node switch
        {
            YamlSequenceNode sequence => [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "")],
            YamlScalarNode scalar => [scalar.Value ?? ""],
            _ => throw new PageException(file, line, $"{what} : « {key} » doit être une valeur ou une liste."),
        }
        : [];

    /// <summary>A list of one-key mappings or a mapping, in order: <c>- annee: Année</c> or <c>annee: Année</c>.</summary>
    public IReadOnlyList<(string Key, string Value)> Pairs(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return [];
        }

        IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries = node switch
        {
            YamlMappingNode map => map.Children,
            YamlSequenceNode sequence => sequence.Children.SelectMany(c => c is YamlMappingNode m
                ? (IEnumerable<KeyValuePair<YamlNode, YamlNode>>)m.Children
                : [new KeyValuePair<YamlNode, YamlNode>(c, c)]),
            _ => throw new PageException(file, line, $"{what} : « {key} » doit être une liste « colonne: libellé »."),
        };
        return [.. entries.Select(e => (((YamlScalarNode)e.Key).Value ?? "", ((YamlScalarNode)e.Value).Value ?? ""))];
    }

    public T Choice<T>(string key, T defaultValue)
        where T : struct, Enum
    {
        var text = Text(key);
        if (text is null)
        {
            return defaultValue;
        }

        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new PageException(file, line,
                $"{what} : « {key} » vaut {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))} (trouvé « {text} »).");
    }
}
