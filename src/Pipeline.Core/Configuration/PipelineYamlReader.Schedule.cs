using Pipeline.Core.Configuration.Yaml;
using YamlDotNet.Core;

namespace Pipeline.Core.Configuration;

// The schedule section: cron syntax and IANA time zone, both located precisely on error.
public static partial class PipelineYamlReader
{
    private static ScheduleOptions ReadSchedule(YamlSection root)
    {
        var defaults = new ScheduleOptions();
        var section = root.Section("schedule", "dans « schedule »", ["cron", "timezone", "watch_inbox"]);
        if (section is null)
        {
            return defaults;
        }

        return new ScheduleOptions
        {
            Cron = ReadCron(section) ?? defaults.Cron,
            Timezone = ReadTimezone(section) ?? defaults.Timezone,
            WatchInbox = section.Boolean("watch_inbox", defaults.WatchInbox),
        };
    }

    private static string? ReadCron(YamlSection section)
    {
        var node = section.Scalar("cron", "une expression cron à 5 champs, ex. \"0 2 * * *\"");
        if (node is null)
        {
            return null;
        }

        var error = CronExpressionSyntax.Validate(node.Value!);
        if (error is null)
        {
            return node.Value!.Trim();
        }

        // Point at the faulty field itself when the value sits on one line (quotes shift it by one).
        var column = node.Start.Column;
        if (node.Start.Line == node.End.Line && node.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            column += error.Offset + (node.Style == ScalarStyle.Plain ? 0 : 1);
        }

        throw new PipelineConfigException(section.FilePath, (int)node.Start.Line, (int)column,
            $"{section.Describe("cron")} : {error.Message}");
    }

    private static string? ReadTimezone(YamlSection section)
    {
        const string Expectation = "un fuseau horaire IANA, ex. Europe/Brussels";
        var node = section.Scalar("timezone", Expectation);
        if (node is null)
        {
            return null;
        }

        var id = node.Value!.Trim();
        if (IsIanaTimeZone(id))
        {
            return id;
        }

        var hint = FindTimeZoneSpelling(id);
        throw section.Error(node, $"{section.Describe("timezone")} doit être {Expectation}, trouvé « {id} »" +
            (hint is null ? "." : $" ; écrivez « {hint} »."));
    }

    // The lookup may be case-insensitive (cached zones) and accepts Windows ids: demand the exact IANA id
    // so the file means the same on every machine.
    private static bool IsIanaTimeZone(string id)
    {
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return zone.HasIanaId && string.Equals(zone.Id, id, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static string? FindTimeZoneSpelling(string id)
    {
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana))
        {
            return iana;
        }

        return TimeZoneInfo.GetSystemTimeZones()
            .FirstOrDefault(zone => zone.HasIanaId && string.Equals(zone.Id, id, StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
