using System.Text;

namespace Pipeline.Dashboards.Pages;

/// <summary>
/// Reads a page file: YAML front matter between <c>---</c> lines, then Markdown in which fenced blocks
/// <c>```sql name</c>, <c>```chart</c>, <c>```kpi</c> and <c>```table</c> are the page's queries and
/// components. Any other fenced block stays Markdown.
/// </summary>
public static class PageParser
{
    private static readonly string[] FrontMatterKeys = ["title", "description", "order", "fiche", "filters", "section", "template"];
    private static readonly string[] ChartKeys = ["type", "data", "x", "y", "series", "horizontal", "stacked", "format", "title", "x_label", "y_label", "alt"];
    private static readonly string[] KpiKeys = ["data", "value", "period", "label", "format", "definition", "source", "higher_is_better"];
    private static readonly string[] TableKeys = ["data", "columns", "formats", "title"];

    /// <summary>Parses the page file at <paramref name="path"/> (its stem is the slug).</summary>
    public static Page ParseFile(string path) =>
        Parse(File.ReadAllText(path), path, Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses page text; <paramref name="file"/> names it in errors.</summary>
    public static Page Parse(string text, string file, string slug)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = 0;
        var meta = ReadFrontMatter(lines, file, ref index);
        var queries = new List<PageQuery>();
        var blocks = new List<PageBlock>();
        var markdown = new StringBuilder();
        var markdownLine = index + 1;

        while (index < lines.Length)
        {
            var line = lines[index];
            var fence = line.TrimStart().StartsWith("```", StringComparison.Ordinal) ? line.Trim()[3..].Trim() : null;
            var kind = fence?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (kind is not ("sql" or "chart" or "kpi" or "table"))
            {
                if (markdown.Length == 0)
                {
                    markdownLine = index + 1;
                }

                markdown.Append(line).Append('\n');
                index++;
                continue;
            }

            FlushMarkdown(blocks, markdown, markdownLine);
            var start = index + 1;
            var body = ReadFence(lines, file, ref index);
            switch (kind)
            {
                case "sql":
                    var name = fence!.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)?.Trim();
                    if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                    {
                        throw new PageException(file, start, "un bloc ```sql doit être nommé : ```sql realisation (lettres, chiffres et _).");
                    }

                    if (queries.Any(q => q.Name == name))
                    {
                        throw new PageException(file, start, $"la requête « {name} » est définie deux fois.");
                    }

                    queries.Add(new PageQuery(name, body, start));
                    break;
                case "chart":
                    blocks.Add(new ChartBlock(ReadChart(YamlFields.Parse(body, file, start, "le graphique", ChartKeys)), start));
                    break;
                case "kpi":
                    blocks.Add(new KpiBlock(ReadKpi(YamlFields.Parse(body, file, start, "le chiffre clé", KpiKeys)), start));
                    break;
                default:
                    blocks.Add(new TableBlock(ReadTable(YamlFields.Parse(body, file, start, "le tableau", TableKeys), file, start), start));
                    break;
            }
        }

        FlushMarkdown(blocks, markdown, markdownLine);
        CheckDataReferences(blocks, queries, file);
        return new Page
        {
            Slug = slug,
            SourcePath = file,
            Title = meta.RequiredText("title"),
            Description = meta.Text("description"),
            Order = meta.Integer("order") ?? 100,
            Fiche = meta.Integer("fiche"),
            Filters = meta.List("filters"),
            Section = meta.Text("section") ?? (meta.Integer("fiche") is null ? "Tableaux de bord" : "Fiches du mémorandum"),
            Queries = queries,
            Blocks = blocks,
        };
    }

    /// <summary>The front matter's <c>template</c> (federation or region), without parsing the rest.</summary>
    public static string? TemplateOf(string text, string file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = 0;
        return ReadFrontMatter(lines, file, ref index).Text("template");
    }

    private static YamlFields ReadFrontMatter(string[] lines, string file, ref int index)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new PageException(file, 1, "la page doit commencer par un en-tête entre deux lignes « --- » (title: ..., order: ...).");
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new PageException(file, 1, "l'en-tête de la page n'est pas refermé par une ligne « --- ».");
        }

        index = end + 1;
        return YamlFields.Parse(string.Join('\n', lines[1..end]), file, 2, "l'en-tête", FrontMatterKeys);
    }

    private static string ReadFence(string[] lines, string file, ref int index)
    {
        var open = index;
        var body = new StringBuilder();
        for (index++; index < lines.Length; index++)
        {
            if (lines[index].Trim() == "```")
            {
                index++;
                return body.ToString();
            }

            body.Append(lines[index]).Append('\n');
        }

        throw new PageException(file, open + 1, "bloc ``` non refermé.");
    }

    private static void FlushMarkdown(List<PageBlock> blocks, StringBuilder markdown, int line)
    {
        if (markdown.ToString().Trim().Length > 0)
        {
            blocks.Add(new MarkdownBlock(markdown.ToString(), line));
        }

        markdown.Clear();
    }

    private static ChartSpec ReadChart(YamlFields f) => new()
    {
        Kind = f.Choice("type", ChartKind.Line),
        Data = f.RequiredText("data"),
        X = f.RequiredText("x"),
        Y = f.List("y") is { Count: > 0 } y ? y : [f.RequiredText("y")],
        Series = f.Text("series"),
        Horizontal = f.Boolean("horizontal") ?? false,
        Stacked = f.Boolean("stacked") ?? false,
        Format = f.Choice("format", ValueFormat.Nombre),
        Title = f.Text("title"),
        XLabel = f.Text("x_label"),
        YLabel = f.Text("y_label"),
        Alt = f.Text("alt"),
    };

    private static KpiSpec ReadKpi(YamlFields f) => new()
    {
        Data = f.RequiredText("data"),
        Value = f.RequiredText("value"),
        Period = f.Text("period") ?? "annee",
        Label = f.RequiredText("label"),
        Format = f.Choice("format", ValueFormat.Nombre),
        Definition = f.Text("definition"),
        Source = f.Text("source"),
        HigherIsBetter = f.Boolean("higher_is_better"),
    };

    private static TableSpec ReadTable(YamlFields f, string file, int line)
    {
        var formats = new Dictionary<string, ValueFormat>(StringComparer.Ordinal);
        foreach (var (column, format) in f.Pairs("formats"))
        {
            formats[column] = Enum.TryParse<ValueFormat>(format, ignoreCase: true, out var value)
                ? value
                : throw new PageException(file, line, $"le tableau : format inconnu « {format} » pour « {column} ».");
        }

        return new TableSpec { Data = f.RequiredText("data"), Columns = f.Pairs("columns"), Formats = formats, Title = f.Text("title") };
    }

    private static void CheckDataReferences(List<PageBlock> blocks, List<PageQuery> queries, string file)
    {
        foreach (var block in blocks)
        {
            var data = block switch
            {
                ChartBlock c => c.Spec.Data,
                KpiBlock k => k.Spec.Data,
                TableBlock t => t.Spec.Data,
                _ => null,
            };
            if (data is not null && queries.All(q => q.Name != data))
            {
                throw new PageException(file, block.Line,
                    $"« data: {data} » ne désigne aucune requête de la page ; requêtes : {string.Join(", ", queries.Select(q => q.Name))}.");
            }
        }
    }
}
