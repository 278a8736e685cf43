namespace Pipeline.Core.Tests.Configuration;

public sealed class ValueErrorTests
{
    [Fact]
    public void A_list_where_a_section_is_expected_is_a_type_error()
    {
        ConfigErrorAssert.Fails("name: x\nduckdb: [2, 8GB]\n", 2, 9,
            "« duckdb » doit être une section de clés (threads, memory_limit, block_allocator_memory, temp_directory), trouvé une liste.");
    }

    [Fact]
    public void A_text_where_a_list_is_expected_is_a_type_error()
    {
        ConfigErrorAssert.Fails("transforms:\n  model_paths: transforms\n", 2, 16,
            "« model_paths » dans « transforms » doit être une liste de chemins, ex. [transforms, marts], trouvé « transforms ».");
    }

    [Fact]
    public void A_list_where_a_path_is_expected_is_a_type_error()
    {
        ConfigErrorAssert.Fails("inbox: [a, b]\n", 1, 8, "« inbox » doit être un chemin de dossier ou de fichier, trouvé une liste.");
    }

    [Fact]
    public void An_empty_value_is_refused_with_what_to_write()
    {
        ConfigErrorAssert.Fails("lake:\nsite: s\n", 1, 6,
            "« lake » est vide : indiquez un chemin de dossier ou de fichier, ou retirez la ligne pour garder la valeur par défaut.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public void Threads_must_be_an_integer_of_at_least_one(string value)
    {
        ConfigErrorAssert.Fails($"duckdb:\n  threads: {value}\n", 2, 12,
            $"« threads » dans « duckdb » doit être un nombre entier supérieur ou égal à 1, trouvé « {value} ».");
    }

    [Fact]
    public void Transform_threads_are_checked_too()
    {
        ConfigErrorAssert.Fails("transforms: { threads: 0 }\n", 1, 24,
            "« threads » dans « transforms » doit être un nombre entier supérieur ou égal à 1, trouvé « 0 ».");
    }

    [Theory]
    [InlineData("8 gigs")]
    [InlineData("8")]
    [InlineData("0GB")]
    [InlineData("120%")]
    [InlineData("-1GB")]
    [InlineData("8,5GB")]
    public void A_bad_memory_limit_lists_the_accepted_forms(string value)
    {
        ConfigErrorAssert.Fails($"duckdb:\n  threads: 2\n  memory_limit: {value}\n", 3, 17,
            "« memory_limit » dans « duckdb » doit être une taille comme 8GB, 512MB ou 80% "
            + $"(unités : B, KB, MB, GB, TB, KiB, MiB, GiB, TiB ou %), trouvé « {value} ».");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Privacy_thresholds_must_be_positive(string value)
    {
        ConfigErrorAssert.Fails($"privacy:\n  min_denominator: {value}\n", 2, 20,
            $"« min_denominator » dans « privacy » doit être un nombre entier supérieur ou égal à 1, trouvé « {value} ».");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.01")]
    [InlineData("0,85")]
    [InlineData("high")]
    public void Max_dominance_must_be_a_share_in_zero_one(string value)
    {
        ConfigErrorAssert.Fails($"privacy:\n  max_dominance: {value}\n", 2, 18,
            "« max_dominance » dans « privacy » doit être une part entre 0 (exclu) et 1, écrite avec un point (ex. 0.85), "
            + $"trouvé « {value} ».");
    }

    [Fact]
    public void Watch_inbox_must_be_true_or_false()
    {
        ConfigErrorAssert.Fails("schedule:\n  watch_inbox: yes\n", 2, 16, "« watch_inbox » dans « schedule » doit être true ou false, trouvé « yes ».");
    }

    [Fact]
    public void The_name_must_be_a_short_identifier()
    {
        ConfigErrorAssert.Fails("name: ISP ES 2024\n", 1, 7,
            "« name » doit être un nom court fait de lettres, chiffres, points, tirets ou soulignés (ex. isp-es), trouvé « ISP ES 2024 ».");
    }
}
