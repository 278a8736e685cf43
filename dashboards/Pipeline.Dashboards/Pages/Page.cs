namespace Pipeline.Dashboards.Pages;

/// <summary>A parsed page: what its front matter says, its named queries and its content in order.</summary>
public sealed record Page
{
    /// <summary>File name of the HTML page, without extension (the Markdown file's stem, plus the template key).</summary>
    public required string Slug { get; init; }

    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Position in the navigation.</summary>
    public int Order { get; init; }

    /// <summary>Memorandum fiche number, for fiche pages.</summary>
    public int? Fiche { get; init; }

    /// <summary>Columns the reader may filter the page's charts and tables on (annee, region, federation, type_dispositif...).</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>Navigation section: « Tableaux de bord », « Fiches du mémorandum » or « Données ».</summary>
    public string Section { get; init; } = "Tableaux de bord";

    public IReadOnlyList<PageQuery> Queries { get; init; } = [];

    public IReadOnlyList<PageBlock> Blocks { get; init; } = [];
}

/// <summary>A named SQL query over the published marts.</summary>
public sealed record PageQuery(string Name, string Sql, int Line);
