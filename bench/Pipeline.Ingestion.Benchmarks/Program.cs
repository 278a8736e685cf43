using System.Globalization;
using Pipeline.Core;
using Pipeline.Ingestion.Benchmarks;
using Pipeline.SampleData;

var work = Path.Combine(Path.GetTempPath(), "ingestion-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(work);
try
{
    if (args is ["--write-csv", var target, var countText])
    {
        ParcoursCsv.Write(target, long.Parse(countText, CultureInfo.InvariantCulture));
    }
    else if (args is ["--profile-inbox", var scaleText])
    {
        var project = NewProject(Path.Combine(work, "inbox-profile"));
        SampleDataGenerator.Generate(new SampleDataOptions { OutputPath = project.InboxPath, Scale = double.Parse(scaleText, CultureInfo.InvariantCulture) });
        var profile = new StageProfile();
        await profile.RunAsync(project, CancellationToken.None);
        Print(profile);
    }
    else if (args is ["--profile-csv", var rowsText])
    {
        var project = NewProject(Path.Combine(work, "csv-profile"));
        var csv = Path.Combine(project.InboxPath, "CAIPS", "parcours_2023.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        ParcoursCsv.Write(csv, long.Parse(rowsText, CultureInfo.InvariantCulture));
        var profile = new StageProfile();
        await profile.RunAsync(project, CancellationToken.None);
        Print(profile);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

static PipelineProject NewProject(string folder)
{
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "pipeline.yaml"), "name: bench\n");
    return PipelineProject.Load(folder);
}

static void Print(StageProfile profile)
{
    foreach (var (stage, (time, count)) in profile.Stages.OrderBy(s => s.Key, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-45} {time.TotalSeconds,8:F2} s {count,6} × {time.TotalMilliseconds / count,8:F1} ms {time / profile.Total,7:P1}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-45} {profile.Total.TotalSeconds,8:F2} s"));
}
