namespace Pipeline.Transforms.Dependencies;

/// <summary>A SQL file's text after template rewriting: same lines, plain DuckDB SQL.</summary>
/// <param name="Sql">The text as it will run.</param>
/// <param name="Config">The <c>{{ config(...) }}</c> call, if any.</param>
/// <param name="Issues">Template mistakes (unsupported Jinja, bad arguments).</param>
internal sealed record RewrittenSql(string Sql, TemplateConfig? Config, IReadOnlyList<ProjectIssue> Issues);
