using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>The not_null tests of one model share a scan and still each give their own result.</summary>
public sealed class NullCountsTests
{
    private const string Model = """
        select * from (values (1, 'a', null, 10), (2, null, null, 20), (3, 'c', 'z', null)) as t(id, code, libelle, heures)
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Each_not_null_test_counts_its_own_nulls_and_shows_its_own_rows(int threads)
    {
        using var project = Project("""
            version: 2
            models:
              - name: lignes
                tests:
                  - not_null:
                      column_name: "coalesce(code, libelle)"
                columns:
                  - name: id
                    tests: [not_null]
                  - name: code
                    tests: [not_null]
                  - name: libelle
                    tests: [not_null]
                  - name: heures
                    tests:
                      - not_null:
                          config: { where: "id < 3" }
            """);

        var run = await project.Runner.BuildAsync(new RunOptions { Threads = threads });

        Assert.Equal((NodeStatus.Pass, 0L), Outcome(run, "not_null_lignes_id"));
        Assert.Equal((NodeStatus.Fail, 1L), Outcome(run, "not_null_lignes_code"));
        Assert.Equal((NodeStatus.Fail, 2L), Outcome(run, "not_null_lignes_libelle"));
        Assert.Equal((NodeStatus.Pass, 0L), Outcome(run, "not_null_lignes_heures"));
        Assert.Equal((NodeStatus.Fail, 1L), Outcome(run, "not_null_lignes_coalesce_code_libelle"));
        Assert.Equal(["{\"id\":2,\"code\":null,\"libelle\":null,\"heures\":20}"], run.Find("not_null_lignes_code")!.SampleRows);
        Assert.Equal(2, run.Find("not_null_lignes_libelle")!.SampleRows.Count);
    }

    [Fact]
    public async Task A_test_on_a_column_that_does_not_exist_errors_alone()
    {
        using var project = Project("""
            version: 2
            models:
              - name: lignes
                columns:
                  - name: id
                    tests: [not_null]
                  - name: code
                    tests: [not_null]
                  - name: colonne_absente
                    tests: [not_null]
            """);

        var run = await project.Runner.BuildAsync(new RunOptions { Threads = 2 });

        Assert.Equal((NodeStatus.Pass, 0L), Outcome(run, "not_null_lignes_id"));
        Assert.Equal((NodeStatus.Fail, 1L), Outcome(run, "not_null_lignes_code"));
        var absent = run.Find("not_null_lignes_colonne_absente")!;
        Assert.Equal(NodeStatus.Error, absent.Status);
        Assert.Contains("colonne_absente", absent.Message, StringComparison.Ordinal);
    }

    private static TempProject Project(string yaml)
    {
        var project = TempProject.Empty();
        project.Write("models/lignes.sql", Model);
        project.Write("models/_lignes.yml", yaml);
        return project;
    }

    private static (NodeStatus, long) Outcome(RunResults run, string test) =>
        run.Find(test) is { } result ? (result.Status, result.Failures ?? 0) : throw new InvalidOperationException($"{test} did not run");
}
