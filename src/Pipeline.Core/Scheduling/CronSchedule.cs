using System.Globalization;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Scheduling;

/// <summary>
/// A five-field cron expression (<c>minute hour day-of-month month day-of-week</c>, as in pipeline.yaml)
/// read in a time zone. Daylight-saving changes are handled as a person expects of "every night at 2":
/// a local time skipped by the spring change runs at the end of the gap (02:30 → 03:00 summer time),
/// once; a local time repeated by the autumn change runs once, at its first occurrence.
/// </summary>
public sealed class CronSchedule
{
    private readonly bool[] minutes = new bool[60];
    private readonly bool[] hours = new bool[24];
    private readonly bool[] days = new bool[32];
    private readonly bool[] months = new bool[13];
    private readonly bool[] weekdays = new bool[7];
    private readonly bool anyDay;
    private readonly bool anyWeekday;

    private CronSchedule(string expression, TimeZoneInfo timeZone)
    {
        Expression = expression;
        TimeZone = timeZone;
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var syntax = CronExpressionSyntax.Fields;
        Fill(minutes, fields[0], syntax[0]);
        Fill(hours, fields[1], syntax[1]);
        Fill(days, fields[2], syntax[2]);
        Fill(months, fields[3], syntax[3]);
        var weekdaysWithSeven = new bool[8];
        Fill(weekdaysWithSeven, fields[4], syntax[4]);
        for (var d = 0; d < 7; d++)
        {
            weekdays[d] = weekdaysWithSeven[d] || (d == 0 && weekdaysWithSeven[7]);
        }

        anyDay = fields[2] == "*";
        anyWeekday = fields[4] == "*";
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>The zone the expression's hours are read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Parses <paramref name="expression"/>, read in the IANA zone <paramref name="timeZoneId"/>.</summary>
    public static CronSchedule Parse(string expression, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (CronExpressionSyntax.Validate(expression) is { } error)
        {
            throw new PipelineException($"schedule.cron : {error.Message}");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new PipelineException($"schedule.timezone : fuseau horaire inconnu « {timeZoneId} » (ex. Europe/Brussels).");
        }

        return new CronSchedule(expression, zone);
    }

    /// <summary>The first run time strictly after <paramref name="after"/>, as an instant.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, TimeZone).DateTime;
        // Candidates are local wall-clock minutes; four years bound the search (29 February, weekday rules).
        for (var day = local.Date; day <= local.Date.AddYears(4); day = day.AddDays(1))
        {
            if (!months[day.Month] || !DayMatches(day))
            {
                continue;
            }

            for (var hour = 0; hour < 24; hour++)
            {
                if (!hours[hour])
                {
                    continue;
                }

                for (var minute = 0; minute < 60; minute++)
                {
                    if (minutes[minute] && ToInstant(day.AddHours(hour).AddMinutes(minute)) is var instant && instant > after)
                    {
                        return instant;
                    }
                }
            }
        }

        throw new InvalidOperationException($"« {Expression} » ne se produit jamais.");
    }

    // Vixie cron: when both day fields are restricted, either may match.
    private bool DayMatches(DateTime day)
    {
        var dayOk = days[day.Day];
        var weekdayOk = weekdays[(int)day.DayOfWeek];
        return anyDay || anyWeekday ? dayOk && weekdayOk : dayOk || weekdayOk;
    }

    private DateTimeOffset ToInstant(DateTime wallClock)
    {
        if (TimeZone.IsInvalidTime(wallClock))
        {
            // Skipped by the spring change: the run happens at the first instant the clocks show a later
            // time, the end of the gap (02:30 → 03:00 summer time), as cron does; every time inside the
            // gap maps to that one instant, so the run happens once.
            var shifted = new DateTimeOffset(wallClock, TimeZone.GetUtcOffset(wallClock.AddHours(-3)));
            var instant = shifted.AddHours(-2);
            while (TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime < wallClock)
            {
                instant = instant.AddMinutes(1);
            }

            return instant.ToOffset(TimeZone.GetUtcOffset(instant));
        }

        if (TimeZone.IsAmbiguousTime(wallClock))
        {
            // Repeated by the autumn change: the first occurrence carries the larger (summer) offset.
            return new DateTimeOffset(wallClock, TimeZone.GetAmbiguousTimeOffsets(wallClock).Max());
        }

        return new DateTimeOffset(wallClock, TimeZone.GetUtcOffset(wallClock));
    }

    // The expression was validated by CronExpressionSyntax, which shares these field definitions.
    private static void Fill(bool[] allowed, string text, CronField field)
    {
        foreach (var item in text.Split(','))
        {
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var range = slash < 0 ? item : item[..slash];
            var step = slash < 0 ? 1 : int.Parse(item[(slash + 1)..], CultureInfo.InvariantCulture);
            int start, end;
            if (range == "*")
            {
                (start, end) = (field.Min, field.Max);
            }
            else
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                start = Value(dash < 0 ? range : range[..dash], field);
                end = dash < 0 ? (slash < 0 ? start : field.Max) : Value(range[(dash + 1)..], field);
            }

            for (var v = start; v <= end; v += step)
            {
                allowed[v] = true;
            }
        }
    }

    private static int Value(string text, CronField field) =>
        field.TryParseValue(text, out var value) ? value : throw new InvalidOperationException($"« {text} » : valeur cron invalide.");
}
