using Pipeline.Transforms.Dependencies;

namespace Pipeline.Transforms.Tests.Dependencies;

/// <summary>dbt's <c>{{ ref }}</c>, <c>{{ source }}</c> and <c>{{ config }}</c>, rewritten to plain SQL on the same lines.</summary>
public sealed class TemplateRewriterTests
{
    [Fact]
    public void Ref_and_source_become_plain_names_on_the_same_line_and_column()
    {
        const string sql = "select *\nfrom {{ ref('stg_parcours') }} as p\njoin {{ source(\"raw\", \"operateurs\") }} as o using (id)";

        var rewritten = TemplateRewriter.Rewrite(sql, "m.sql", s => s);

        Assert.Empty(rewritten.Issues);
        var lines = rewritten.Sql.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("from stg_parcours" + new string(' ', 13) + " as p", lines[1]);
        Assert.StartsWith("join raw.operateurs ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(" as o using (id)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Source_uses_the_schema_declared_for_the_source()
    {
        var rewritten = TemplateRewriter.Rewrite("select * from {{ source('lake', 'parcours') }}", "m.sql", s => s == "lake" ? "raw" : s);

        Assert.Equal("select * from raw.parcours", rewritten.Sql.TrimEnd());
    }

    [Fact]
    public void Config_is_read_and_removed()
    {
        var rewritten = TemplateRewriter.Rewrite(
            "{{ config(materialized='parquet', tags=['penurie', 'fiche4']) }}\nselect 1", "m.sql", s => s);

        Assert.Empty(rewritten.Issues);
        Assert.Equal("parquet", rewritten.Config!.Materialized);
        Assert.Equal(["penurie", "fiche4"], rewritten.Config.Tags);
        Assert.Equal(1, rewritten.Config.Line);
        Assert.Equal("\nselect 1", rewritten.Sql.TrimStart(' '));
    }

    [Fact]
    public void Other_jinja_is_an_error_at_its_line()
    {
        var rewritten = TemplateRewriter.Rewrite("select *\nfrom x\n{% if true %} where 1 = 1 {% endif %}", "/p/m.sql", s => s);

        var issue = Assert.Single(rewritten.Issues);
        Assert.Equal("/p/m.sql", issue.FilePath);
        Assert.Equal(3, issue.Line);
        Assert.Contains("Jinja", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_call_is_an_error()
    {
        var rewritten = TemplateRewriter.Rewrite("select {{ var('annee') }}", "m.sql", s => s);

        Assert.Contains("var(...)", Assert.Single(rewritten.Issues).Message, StringComparison.Ordinal);
    }
}
