namespace Pipeline.Core.Configuration;

/// <summary>Why a cron expression is invalid, and where in it (0-based character offset).</summary>
internal sealed record CronSyntaxError(int Offset, string Message);
