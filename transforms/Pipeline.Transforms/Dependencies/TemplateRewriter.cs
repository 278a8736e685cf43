using System.Text.RegularExpressions;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Dependencies;

/// <summary>
/// Accepts the three dbt calls users bring along: <c>{{ ref('x') }}</c> becomes <c>x</c>,
/// <c>{{ source('s', 't') }}</c> becomes <c>s.t</c> (or the source's declared schema), and
/// <c>{{ config(...) }}</c> is read then removed. Nothing else of Jinja is supported. Replacements are
/// padded with spaces so that lines and, where possible, columns stay those of the file.
/// </summary>
internal static partial class TemplateRewriter
{
    private static readonly HashSet<string> ConfigKeys = new(StringComparer.Ordinal) { "materialized", "tags", "severity" };

    /// <param name="sql">The file's text.</param>
    /// <param name="filePath">The file, for errors.</param>
    /// <param name="schemaOfSource">Maps a source name to its schema (the name itself unless declared otherwise).</param>
    public static RewrittenSql Rewrite(string sql, string filePath, Func<string, string> schemaOfSource)
    {
        if (!sql.Contains("{{", StringComparison.Ordinal) && !sql.Contains("{%", StringComparison.Ordinal))
        {
            return new RewrittenSql(sql, null, []);
        }

        var issues = new List<ProjectIssue>();
        TemplateConfig? config = null;
        var rewritten = CallPattern().Replace(sql, match =>
        {
            var line = SourceText.LineAtIndex(sql, match.Index);
            var arguments = ParseArguments(match.Groups["args"].Value);
            var replacement = match.Groups["fn"].Value switch
            {
                "ref" => Ref(arguments, line),
                "source" => Source(arguments, line),
                "config" => Config(arguments, line),
                var other => Fail($"« {{{{ {other}(...) }}}} » n'est pas pris en charge : seuls ref(), source() et config() le sont.", line),
            };
            return replacement.PadRight(match.Length);
        });

        var leftover = LeftoverPattern().Match(rewritten);
        if (leftover.Success)
        {
            Fail("syntaxe Jinja non prise en charge : un modèle est du SQL DuckDB ; seuls {{ ref('x') }}, "
                + "{{ source('s', 't') }} et {{ config(...) }} sont acceptés.", SourceText.LineAtIndex(rewritten, leftover.Index));
        }

        return new RewrittenSql(rewritten, config, issues);

        string Ref(List<Argument> arguments, int line)
        {
            var positional = arguments.Where(a => a.Key is null && a.Text is not null).ToList();
            return positional.Count is 1 or 2
                ? QuoteIfNeeded(positional[^1].Text!)
                : Fail("ref() attend le nom d'un modèle : {{ ref('stg_parcours') }}.", line);
        }

        string Source(List<Argument> arguments, int line)
        {
            var positional = arguments.Where(a => a.Key is null && a.Text is not null).ToList();
            return positional.Count == 2
                ? QuoteIfNeeded(schemaOfSource(positional[0].Text!)) + "." + QuoteIfNeeded(positional[1].Text!)
                : Fail("source() attend deux noms, la source et la table : {{ source('raw', 'parcours') }}.", line);
        }

        string Config(List<Argument> arguments, int line)
        {
            if (config is not null)
            {
                return Fail("un seul {{ config(...) }} par fichier.", line);
            }

            config = new TemplateConfig(line);
            foreach (var argument in arguments)
            {
                if (argument.Key is null || !ConfigKeys.Contains(argument.Key))
                {
                    Fail($"config() accepte materialized='view|table|parquet', tags=[...] et severity='warn|error' (trouvé « {argument.Raw} »).", line);
                    continue;
                }

                config = argument.Key switch
                {
                    "materialized" => config with { Materialized = argument.Text },
                    "severity" => config with { Severity = argument.Text },
                    _ => config with { Tags = argument.List ?? (argument.Text is { } tag ? [tag] : []) },
                };
            }

            return "";
        }

        string Fail(string message, int line)
        {
            issues.Add(new ProjectIssue(filePath, line, message));
            return "";
        }
    }

    private static string QuoteIfNeeded(string name) => SqlIdentifier.IsSimple(name) ? name : SqlIdentifier.Quote(name);

    private static List<Argument> ParseArguments(string text)
    {
        var arguments = new List<Argument>();
        foreach (Match match in ArgumentPattern().Matches(text))
        {
            var key = match.Groups["key"].Success ? match.Groups["key"].Value : null;
            if (match.Groups["list"].Success)
            {
                var items = StringPattern().Matches(match.Groups["list"].Value).Select(m => m.Groups["s"].Value).ToList();
                arguments.Add(new Argument(key, null, items, match.Value.Trim()));
            }
            else
            {
                var value = match.Groups["s"].Success ? match.Groups["s"].Value : match.Groups["bare"].Value;
                arguments.Add(new Argument(key, value, null, match.Value.Trim()));
            }
        }

        return arguments;
    }

    private sealed record Argument(string? Key, string? Text, List<string>? List, string Raw);

    // One call on one line: {{ fn(args) }}, with Jinja's optional whitespace-control dashes.
    [GeneratedRegex(@"\{\{-?[ \t]*(?<fn>[A-Za-z_]\w*)[ \t]*\((?<args>[^\n]*?)\)[ \t]*-?\}\}")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"\{\{|\{%|\{#")]
    private static partial Regex LeftoverPattern();

    [GeneratedRegex(@"(?:(?<key>[A-Za-z_]\w*)\s*=\s*)?(?:'(?<s>[^']*)'|""(?<s>[^""]*)""|\[(?<list>[^\]]*)\]|(?<bare>[\w.]+))")]
    private static partial Regex ArgumentPattern();

    [GeneratedRegex(@"'(?<s>[^']*)'|""(?<s>[^""]*)""")]
    private static partial Regex StringPattern();
}
