using Pipeline.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Transforms.Discovery.Yaml;

/// <summary>Loads a YAML file as a node tree, turning syntax errors into located <see cref="PipelineConfigException"/>s.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping of <paramref name="text"/>; null for an empty document.</summary>
    public static YamlMappingNode? LoadRoot(string text, string filePath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var detail = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new PipelineConfigException(filePath, (int)e.Start.Line, (int)e.Start.Column, $"YAML invalide : {detail}", e);
        }

        if (stream.Documents.Count == 0 || YamlMap.IsNull(stream.Documents[0].RootNode))
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            throw YamlMap.Error(filePath, stream.Documents[1].RootNode.Start, "un seul document YAML par fichier : retirez le second « --- ».");
        }

        var root = stream.Documents[0].RootNode;
        return root as YamlMappingNode
            ?? throw YamlMap.Error(filePath, root.Start, $"le fichier doit être une suite de clés (version, models, seeds...), trouvé {YamlMap.Show(root)}.");
    }
}
