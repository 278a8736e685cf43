namespace Pipeline.Core.Tests.Configuration;

public sealed class ScheduleErrorTests
{
    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        ConfigErrorAssert.Fails("schedule:\n  timezone: Europe/Bruxelles\n", 2, 13,
            "« timezone » dans « schedule » doit être un fuseau horaire IANA, ex. Europe/Brussels, trouvé « Europe/Bruxelles ».");
    }

    [Fact]
    public void A_time_zone_in_the_wrong_case_is_refused_with_its_spelling()
    {
        ConfigErrorAssert.Fails("schedule:\n  timezone: europe/brussels\n", 2, 13,
            "« timezone » dans « schedule » doit être un fuseau horaire IANA, ex. Europe/Brussels, trouvé « europe/brussels » ; "
            + "écrivez « Europe/Brussels ».");
    }

    [Fact]
    public void A_windows_time_zone_id_is_refused_with_its_iana_equivalent()
    {
        ConfigErrorAssert.Fails("schedule:\n  timezone: Romance Standard Time\n", 2, 13,
            "« timezone » dans « schedule » doit être un fuseau horaire IANA, ex. Europe/Brussels, trouvé « Romance Standard Time » ; "
            + "écrivez « Europe/Paris ».");
    }

    [Fact]
    public void A_bad_cron_field_is_pointed_at_inside_a_quoted_expression()
    {
        // Column 9 is the opening quote; the hour field "25" starts three characters later.
        ConfigErrorAssert.Fails("schedule:\n  cron: \"0 25 * * *\"\n", 2, 12,
            "« cron » dans « schedule » : champ « heure » de l'expression cron invalide : « 25 » est hors de la plage 0 à 23.");
    }

    [Fact]
    public void A_bad_cron_field_is_pointed_at_inside_a_plain_expression()
    {
        ConfigErrorAssert.Fails("schedule:\n  cron: 0 2 * 13 *\n", 2, 15,
            "« cron » dans « schedule » : champ « mois » de l'expression cron invalide : « 13 » est hors de la plage 1 à 12.");
    }

    [Fact]
    public void A_cron_expression_with_six_fields_is_refused_at_its_start()
    {
        ConfigErrorAssert.Fails("schedule: { cron: '0 0 2 * * *' }\n", 1, 20,
            "« cron » dans « schedule » : l'expression cron « 0 0 2 * * * » a 6 champ(s) ; il en faut 5 : "
            + "minute heure jour-du-mois mois jour-de-la-semaine (ex. « 0 2 * * * » pour 2 h chaque nuit).");
    }
}
