namespace Pipeline.Core.Tests.Configuration;

public sealed class UnknownKeyTests
{
    private const string RootKeys =
        "name, inbox, lake, warehouse, site, duckdb, federations, ingestion, transforms, privacy, dashboards, schedule";

    [Fact]
    public void An_unknown_root_key_is_named_with_the_admitted_ones()
    {
        ConfigErrorAssert.Fails("name: x\nwebsite: y\n", 2, 1,
            $"clé inconnue « website » à la racine du fichier. Clés admises : {RootKeys}.");
    }

    [Fact]
    public void A_mistyped_root_key_gets_a_suggestion()
    {
        ConfigErrorAssert.Fails("name: x\n\ninbx: y\n", 3, 1,
            $"clé inconnue « inbx » à la racine du fichier. Clés admises : {RootKeys}. Vouliez-vous dire « inbox » ?");
    }

    [Fact]
    public void An_unknown_nested_key_is_located_in_its_section()
    {
        ConfigErrorAssert.Fails("name: x\nduckdb:\n  memory_limit: 8GB\n  thread: 4\n", 4, 3,
            "clé inconnue « thread » dans « duckdb ». Clés admises : threads, memory_limit, block_allocator_memory, temp_directory. "
            + "Vouliez-vous dire « threads » ?");
    }

    [Fact]
    public void An_unknown_key_in_a_flow_mapping_points_at_the_key_itself()
    {
        ConfigErrorAssert.Fails("schedule: { cron: \"0 2 * * *\", time_zone: UTC }\n", 1, 32,
            "clé inconnue « time_zone » dans « schedule ». Clés admises : cron, timezone, watch_inbox. "
            + "Vouliez-vous dire « timezone » ?");
    }

    [Fact]
    public void An_unknown_key_in_a_federation_names_the_federation_by_its_rank()
    {
        ConfigErrorAssert.Fails("federations:\n  - { code: AID, region: WAL }\n  - { code: LEE, regoin: WAL }\n", 3, 18,
            "clé inconnue « regoin » dans la fédération n° 2. Clés admises : code, region, name. Vouliez-vous dire « region » ?");
    }

    [Fact]
    public void A_key_far_from_any_admitted_one_gets_no_suggestion()
    {
        ConfigErrorAssert.Fails("privacy:\n  k_anonymity: 5\n", 2, 3,
            "clé inconnue « k_anonymity » dans « privacy ». Clés admises : min_cell, min_denominator, min_operators, max_dominance.");
    }
}
