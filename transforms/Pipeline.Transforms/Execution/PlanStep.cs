using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Execution;

/// <summary>One thing to run: a seed, a model or a test, with the steps it waits for.</summary>
internal sealed class PlanStep
{
    private PlanStep(int index, ModelNode? node, DataTest? test)
    {
        Index = index;
        Node = node;
        Test = test;
    }

    /// <summary>Position in the plan, which is also the priority among ready steps.</summary>
    public int Index { get; }

    public ModelNode? Node { get; }

    public DataTest? Test { get; }

    public string Name => Node?.Name ?? Test!.Name;

    public string UniqueId => Node?.UniqueId ?? Test!.UniqueId;

    public NodeKind Kind => Node?.Kind ?? NodeKind.Test;

    /// <summary>Steps that must end first; if one of them fails, this one is skipped.</summary>
    public List<PlanStep> Prerequisites { get; } = [];

    /// <summary>Steps waiting for this one.</summary>
    public List<PlanStep> Dependents { get; } = [];

    public static PlanStep For(int index, ModelNode node) => new(index, node, null);

    public static PlanStep For(int index, DataTest test) => new(index, null, test);

    public void WaitFor(PlanStep prerequisite)
    {
        if (!Prerequisites.Contains(prerequisite))
        {
            Prerequisites.Add(prerequisite);
            prerequisite.Dependents.Add(this);
        }
    }
}
