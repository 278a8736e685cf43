using Pipeline.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Transforms.Discovery.Yaml;

/// <summary>The <c>tests:</c> (or <c>data_tests:</c>) lists of models, seeds, sources and columns.</summary>
internal sealed partial class SchemaFileReader
{
    internal static readonly string[] Severities = ["warn", "error"];

    private static readonly string[] GenericTests = ["unique", "not_null", "accepted_values", "relationships"];
    private static readonly string[] ArgumentKeys =
        ["values", "quote", "to", "field", "column_name", "name", "severity", "where", "config", "arguments", "tags", "meta", "description"];
    private static readonly string[] NestedArgumentKeys = ["values", "quote", "to", "field", "column_name"];
    private static readonly string[] TestConfigKeys = ["severity", "where", "tags", "meta"];

    private List<TestSpec> ReadTests(YamlMap owner, string? column)
    {
        var tests = new List<TestSpec>();
        foreach (var key in new[] { "tests", "data_tests" })
        {
            foreach (var item in owner.Sequence(key))
            {
                tests.Add(ReadTest(owner, item, column));
            }
        }

        return tests;
    }

    private TestSpec ReadTest(YamlMap owner, YamlNode item, string? column)
    {
        var (nameNode, arguments) = item switch
        {
            YamlScalarNode scalar when !YamlMap.IsNull(scalar) => (scalar, null),
            YamlMappingNode { Children.Count: 1 } mapping when mapping.Children.Single().Key is YamlScalarNode key =>
                (key, mapping.Children.Single().Value),
            _ => throw owner.Error(item,
                $"un test {owner.Scope} s'écrit « - unique », « - not_null », « - accepted_values: {{ values: [...] }} » "
                + $"ou « - relationships: {{ to: ref('modele'), field: colonne }} », trouvé {YamlMap.Show(item)}."),
        };

        var testName = nameNode.Value!;
        if (!GenericTests.Contains(testName))
        {
            var closest = NameSuggestion.Closest(testName, GenericTests, maxEdits: 3);
            throw owner.Error(nameNode, $"test inconnu « {testName} » {owner.Scope}. Tests disponibles : {string.Join(", ", GenericTests)} "
                + "(ou un test singulier : un fichier .sql sous un dossier de tests)." + (closest is null ? "" : $" Vouliez-vous dire « {closest} » ?"));
        }

        var spec = new TestSpec(testName, filePath, (int)item.Start.Line) { Column = column };
        if (arguments is null || YamlMap.IsNull(arguments))
        {
            return Check(owner, nameNode, spec);
        }

        if (arguments is not YamlMappingNode argumentNode)
        {
            throw owner.Error(arguments, $"les paramètres du test « {testName} » {owner.Scope} se donnent par clés (values:, to:, field:, severity:...).");
        }

        var map = new YamlMap(filePath, argumentNode, $"dans le test « {testName} » {owner.Scope}", ArgumentKeys);
        var nested = map.Map("arguments", $"dans « arguments » du test « {testName} »", NestedArgumentKeys);
        var config = map.Map("config", $"dans « config » du test « {testName} »", TestConfigKeys);
        spec = Arguments(spec, map);
        if (nested is not null)
        {
            spec = Arguments(spec, nested);
        }

        spec = spec with
        {
            CustomName = map.String("name"),
            Description = map.String("description"),
            Severity = config?.Choice("severity", Severities) ?? map.Choice("severity", Severities),
            Where = config?.String("where") ?? map.String("where"),
        };
        return Check(owner, nameNode, spec);
    }

    private static TestSpec Arguments(TestSpec spec, YamlMap map) => spec with
    {
        Column = map.String("column_name") ?? spec.Column,
        Values = map.Find("values") is null ? spec.Values : map.StringList("values"),
        To = map.String("to") ?? spec.To,
        Field = map.String("field") ?? spec.Field,
    };

    private static TestSpec Check(YamlMap owner, YamlNode at, TestSpec spec)
    {
        var where = $"le test « {spec.TestName} » {owner.Scope}";
        if (spec.Column is null)
        {
            throw owner.Error(at, $"{where} ne sait pas quelle colonne tester : placez-le sous « columns: » ou ajoutez « column_name: ».");
        }

        switch (spec.TestName)
        {
            case "accepted_values" when spec.Values.Count == 0:
                throw owner.Error(at, $"{where} demande la liste des valeurs admises : « values: ['a', 'b'] ».");
            case "relationships" when spec.To is null || spec.Field is null:
                throw owner.Error(at, $"{where} demande « to: ref('modele_parent') » et « field: colonne_du_parent ».");
            case not "accepted_values" when spec.Values.Count > 0:
                throw owner.Error(at, $"« values » ne s'applique qu'à accepted_values, pas à {where}.");
            case not "relationships" when spec.To is not null || spec.Field is not null:
                throw owner.Error(at, $"« to » et « field » ne s'appliquent qu'à relationships, pas à {where}.");
            default:
                return spec;
        }
    }
}
