using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests.Configuration;

internal static class ConfigErrorAssert
{
    public const string FilePath = "/projects/isp/pipeline.yaml";

    /// <summary>Parses <paramref name="yaml"/> and checks the error's exact position and French detail.</summary>
    public static PipelineConfigException Fails(string yaml, int line, int column, string detail)
    {
        var error = Assert.Throws<PipelineConfigException>(() => PipelineYamlReader.Parse(yaml, FilePath));
        Assert.Equal(detail, error.Detail);
        Assert.Equal((FilePath, line, column), (error.FilePath, error.Line, error.Column));
        Assert.Equal($"{FilePath}:{line}:{column} : {detail}", error.Message);
        return error;
    }

    /// <summary>Checks position and that the detail starts as expected (for long or third-party wording).</summary>
    public static PipelineConfigException FailsStartingWith(string yaml, int line, int column, string detailStart)
    {
        var error = Assert.Throws<PipelineConfigException>(() => PipelineYamlReader.Parse(yaml, FilePath));
        Assert.StartsWith(detailStart, error.Detail, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        return error;
    }
}
