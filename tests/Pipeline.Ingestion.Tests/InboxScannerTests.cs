using Pipeline.Ingestion.Receiving;

namespace Pipeline.Ingestion.Tests;

public sealed class InboxScannerTests
{
    [Fact]
    public void A_file_still_being_written_is_left_for_the_next_scan_and_a_v2_comes_after_what_it_corrects()
    {
        using var inbox = new TinyInbox();
        var settled = inbox.Add("ALEAP", "parcours_2023_v2.csv", "x");
        inbox.Add("ALEAP", "parcours_2023.csv", "x");
        var copying = inbox.Add("CAIPS", "parcours_2023.csv", "x");
        var now = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(settled, now.AddMinutes(-5));
        File.SetLastWriteTimeUtc(Path.Combine(inbox.Root, "inbox", "ALEAP", "parcours_2023.csv"), now.AddMinutes(-5));
        File.SetLastWriteTimeUtc(copying, now.AddSeconds(-2));
        inbox.Add("ALEAP", ".parcours_2024.csv.partial", "x");

        var files = InboxScanner.Scan(Path.Combine(inbox.Root, "inbox"), TimeSpan.FromSeconds(30), now);

        Assert.Equal([Path.Combine("ALEAP", "parcours_2023.csv"), Path.Combine("ALEAP", "parcours_2023_v2.csv")], files.Select(f => f.RelativePath));
        Assert.Equal(3, InboxScanner.Scan(Path.Combine(inbox.Root, "inbox"), TimeSpan.Zero, now).Count);
    }
}
