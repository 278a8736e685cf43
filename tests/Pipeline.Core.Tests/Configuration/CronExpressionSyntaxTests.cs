using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests.Configuration;

public sealed class CronExpressionSyntaxTests
{
    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("*/15 6-22 * * MON-FRI")]
    [InlineData("0 0 1,15 * *")]
    [InlineData("30 4 * jan,Jul sun")]
    [InlineData("5 4 * * 7")]
    [InlineData("0-59/5 0-23/2 1-31 1-12 0-7")]
    [InlineData("  0   2 * *\t* ")]
    public void Valid_expressions_pass(string expression)
    {
        Assert.Null(CronExpressionSyntax.Validate(expression));
    }

    [Theory]
    [InlineData("60 2 * * *", 0, "champ « minute » de l'expression cron invalide : « 60 » est hors de la plage 0 à 59.")]
    [InlineData("0 2 0 * *", 4, "champ « jour du mois » de l'expression cron invalide : « 0 » est hors de la plage 1 à 31.")]
    [InlineData("0 2 * * 8", 8, "champ « jour de la semaine » de l'expression cron invalide : « 8 » est hors de la plage 0 à 7.")]
    [InlineData("*/0 2 * * *", 2, "champ « minute » de l'expression cron invalide : le pas « 0 » doit être un entier entre 1 et 59.")]
    [InlineData("0 1,,3 * * *", 4, "champ « heure » de l'expression cron invalide : élément vide dans la liste (virgule en trop ?).")]
    [InlineData("0 2 * * 5-1", 8,
        "champ « jour de la semaine » de l'expression cron invalide : la plage « 5-1 » va à rebours ; écrivez le plus petit nombre d'abord.")]
    [InlineData("0 2 * * MON-", 12,
        "champ « jour de la semaine » de l'expression cron invalide : valeur manquante ; attendu un nombre de 0 à 7 "
        + "ou un nom (SUN, MON, TUE, WED, THU, FRI, SAT).")]
    [InlineData("0 2 ? * *", 4,
        "champ « jour du mois » de l'expression cron invalide : « ? » n'est pas admis ; attendu *, un nombre de 1 à 31, "
        + "une plage a-b, une liste a,b ou un pas */n.")]
    [InlineData("0 2 * MON *", 6,
        "champ « mois » de l'expression cron invalide : « MON » n'est pas admis ; attendu *, un nombre de 1 à 12 ou un nom "
        + "(JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV, DEC), une plage a-b, une liste a,b ou un pas */n.")]
    [InlineData("@daily", 0,
        "l'expression cron « @daily » a 1 champ(s) ; il en faut 5 : minute heure jour-du-mois mois jour-de-la-semaine "
        + "(ex. « 0 2 * * * » pour 2 h chaque nuit).")]
    public void Invalid_expressions_name_the_field_and_its_offset(string expression, int offset, string message)
    {
        Assert.Equal(new CronSyntaxError(offset, message), CronExpressionSyntax.Validate(expression));
    }
}
