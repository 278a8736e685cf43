namespace Pipeline.Core.Tests.Configuration;

public sealed class YamlSyntaxErrorTests
{
    [Fact]
    public void A_badly_indented_key_is_a_syntax_error_at_its_line_and_column()
    {
        ConfigErrorAssert.FailsStartingWith("name: x\n  inbox: y\n", 2, 8, "erreur de syntaxe YAML (");
    }

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error()
    {
        var error = ConfigErrorAssert.FailsStartingWith("name: x\nschedule:\n  cron: \"0 2 * * *\n", 3, 9, "erreur de syntaxe YAML (");
        Assert.EndsWith("Vérifiez l'indentation (des espaces, pas de tabulations), les deux-points après chaque clé et les guillemets.",
            error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_flow_list_is_reported_where_the_parser_stops()
    {
        // YamlDotNet throws a bare InvalidOperationException here; it must still become a located error.
        ConfigErrorAssert.Fails("federations: [AID, LEE\nname: x\n", 2, 1,
            "erreur de syntaxe YAML : une liste [ ou une section { n'est pas refermée avant ce point.");
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_its_second_occurrence()
    {
        ConfigErrorAssert.Fails("name: a\nsite: s\nname: b\n", 3, 1, "clé « name » en double ; gardez-en une seule.");
    }

    [Fact]
    public void A_second_document_is_refused()
    {
        ConfigErrorAssert.Fails("name: a\n---\nname: b\n", 3, 1,
            "un seul document YAML est attendu ; retirez le second séparateur « --- » et ce qui le suit.");
    }

    [Fact]
    public void A_list_at_the_root_is_refused()
    {
        ConfigErrorAssert.Fails("- inbox\n- lake\n", 1, 1,
            "le fichier doit être une suite de clés « clé: valeur » (name, inbox, lake...), trouvé une liste.");
    }
}
