using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Execution;

/// <summary>Why a step was skipped, in French, from the failure at the root.</summary>
internal static class SkipReason
{
    public static string Describe(NodeResult cause) => cause switch
    {
        { Kind: NodeKind.Test, Status: NodeStatus.Fail } =>
            $"ignoré : le test {cause.Name} (sévérité error) a échoué" + (cause.Model is { } model ? $" sur {model}" : "")
            + $" avec {cause.Failures} ligne(s) en défaut",
        { Kind: NodeKind.Test } => $"ignoré : le test {cause.Name} n'a pas pu s'exécuter",
        { Kind: NodeKind.Seed } => $"ignoré : la seed {cause.Name} n'a pas pu être chargée",
        _ => $"ignoré : le modèle {cause.Name} a échoué",
    };
}
