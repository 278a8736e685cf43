namespace Pipeline.SampleData.Generation;

/// <summary>Dataset A, operateur: the federation's members that year.</summary>
internal static class OperatorRows
{
    public static IEnumerable<object?[]> Generate(RowContext context) =>
        context.Operators.Select(o => context.Row(
            o.Id, o.Type, o.LegalForm, o.Region, o.SeatCommune, o.ApprovalStart, o.ApprovalEnd(context.Year), o.Sites));
}
