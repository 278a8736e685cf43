using Pipeline.Transforms.Dependencies;

namespace Pipeline.Transforms.Tests.Dependencies;

/// <summary>Tables a SELECT reads, as DuckDB's parser sees them: CTEs excluded with DuckDB's scoping.</summary>
public sealed class TableReferenceTests
{
    [Fact]
    public async Task A_cte_name_is_not_a_dependency_but_what_it_reads_is()
    {
        Assert.Equal(["b", "stg_x"], await ReferencesAsync("with a as (select * from stg_x) select * from a join b using (id)"));
    }

    [Fact]
    public async Task A_cte_shadowing_a_model_name_hides_the_model()
    {
        Assert.Equal(["raw.parcours"], await ReferencesAsync("""
            with stg_parcours as (select * from raw.parcours where annee > 2020)
            select count(*) from stg_parcours
            """));
    }

    [Fact]
    public async Task Inside_its_own_body_a_non_recursive_cte_reads_the_table_of_that_name()
    {
        Assert.Equal(["a"], await ReferencesAsync("with a as (select x + 1 as x from a) select * from a"));
    }

    [Fact]
    public async Task A_cte_is_not_visible_to_the_ctes_declared_before_it()
    {
        Assert.Equal(["c"], await ReferencesAsync("with b as (select * from c), c as (select 5 as x) select * from b, c"));
    }

    [Fact]
    public async Task A_recursive_cte_reading_itself_reads_nothing()
    {
        Assert.Empty(await ReferencesAsync("with recursive r as (select 1 as n union all select n + 1 from r where n < 3) select * from r"));
    }

    [Fact]
    public async Task A_cte_declared_in_a_subquery_does_not_hide_the_table_outside_it()
    {
        Assert.Equal(["t", "u"], await ReferencesAsync("select * from (with t as (select * from u) select * from t) as s join t using (x)"));
    }

    [Fact]
    public async Task Subqueries_in_from_where_exists_and_select_list_are_followed()
    {
        Assert.Equal(["v", "w", "x", "y", "z"], await ReferencesAsync("""
            select s.*, (select max(v.k) from v) as top
            from (select * from x) as s
            where s.id in (select id from y)
              and exists (select 1 from z where z.id = s.id)
              and s.k > (select min(k) from w)
            """));
    }

    [Fact]
    public async Task Every_kind_of_join_is_followed()
    {
        Assert.Equal(["a", "b", "c", "d", "e"], await ReferencesAsync("""
            select * from a
            left join b on a.id = b.id
            cross join c
            full outer join d using (k)
            join lateral (select * from e where e.id = a.id) as l on true
            """));
    }

    [Fact]
    public async Task Schema_and_catalog_qualified_names_keep_their_qualifiers()
    {
        Assert.Equal(["main.x", "raw.parcours", "wh.main.y"], await ReferencesAsync(
            "select * from raw.parcours as p join main.x using (id) join wh.main.y using (id)"));
    }

    [Fact]
    public async Task Set_operations_read_every_branch()
    {
        Assert.Equal(["a", "b", "c"], await ReferencesAsync("select id from a union all select id from b except select id from c"));
    }

    [Fact]
    public async Task Table_functions_are_not_references()
    {
        Assert.Empty(await ReferencesAsync("select * from read_parquet('lake/raw/x/*.parquet') union all select * from range(3) as r(x)"));
    }

    [Fact]
    public async Task Positions_point_at_the_line_of_each_reference()
    {
        const string sql = "-- Commentaire accentué : é\nselect *\nfrom a\njoin raw.b using (id)";
        var outcome = (await SqlParser.ParseAsync([sql], CancellationToken.None))[0];

        Assert.Equal([3, 4], outcome.References.Select(r => Transforms.Sql.SourceText.LineAtByteOffset(sql, r.ByteOffset!.Value)));
    }

    [Fact]
    public async Task Many_texts_are_parsed_in_one_batch_each_with_its_own_outcome()
    {
        var outcomes = await SqlParser.ParseAsync(["select * from a", "selec oops", "select 1; select 2", "create table t as select 1", "-- rien"], CancellationToken.None);

        Assert.Equal("a", Assert.Single(outcomes[0].References).Name);
        Assert.StartsWith("erreur de syntaxe SQL", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Contains("2 requêtes", outcomes[2].Error, StringComparison.Ordinal);
        Assert.Contains("seule une requête SELECT", outcomes[3].Error, StringComparison.Ordinal);
        Assert.Contains("aucune requête", outcomes[4].Error, StringComparison.Ordinal);
    }

    private static async Task<string[]> ReferencesAsync(string sql)
    {
        var outcome = (await SqlParser.ParseAsync([sql], CancellationToken.None))[0];
        Assert.Null(outcome.Error);
        return [.. outcome.References
            .Select(r => string.Join('.', new[] { r.Catalog, r.Schema, r.Name }.Where(p => p.Length > 0)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
