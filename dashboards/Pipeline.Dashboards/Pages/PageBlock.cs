namespace Pipeline.Dashboards.Pages;

/// <summary>A piece of a page, in the order written.</summary>
public abstract record PageBlock(int Line);

/// <summary>Markdown text; may hold inline values <c>{query.column where col=value | format}</c>.</summary>
public sealed record MarkdownBlock(string Markdown, int Line) : PageBlock(Line);

/// <summary>A chart over a query's rows.</summary>
public sealed record ChartBlock(ChartSpec Spec, int Line) : PageBlock(Line);

/// <summary>A key-figure card.</summary>
public sealed record KpiBlock(KpiSpec Spec, int Line) : PageBlock(Line);

/// <summary>A data table with downloads.</summary>
public sealed record TableBlock(TableSpec Spec, int Line) : PageBlock(Line);
