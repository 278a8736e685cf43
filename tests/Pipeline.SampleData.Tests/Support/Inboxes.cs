namespace Pipeline.SampleData.Tests.Support;

/// <summary>Scale 0.05, every year, no defects: the inbox the reader tests open (shared by the "small clean inbox" collection).</summary>
public sealed class SmallCleanInbox() : GeneratedInbox(path => new SampleDataOptions { OutputPath = path, Scale = 0.05, DefectRate = 0 });

/// <summary>Scale 0.1, every year, the default defect rate (0.002): enough rows for every kind of defect to appear.</summary>
public sealed class SmallDefectiveInbox() : GeneratedInbox(path => new SampleDataOptions { OutputPath = path, Scale = 0.1 });

[CollectionDefinition(Name)]
public sealed class SmallCleanInboxCollection : ICollectionFixture<SmallCleanInbox>
{
    public const string Name = "small clean inbox";
}

[CollectionDefinition(Name)]
public sealed class SmallDefectiveInboxCollection : ICollectionFixture<SmallDefectiveInbox>
{
    public const string Name = "small defective inbox";
}
