namespace Pipeline.Marts.Tests;

/// <summary>
/// What a reader can do with a published table of counts: along each dimension, the 'TOUS' cell is the
/// sum of the others (an equation). Written here, independently of the SQL under test, to find a hidden
/// cell that subtraction recovers: a group with exactly one hidden cell, or hidden members whose sum
/// (total minus the visible members) is a small count.
/// </summary>
internal static class AdditiveGroups
{
    public static List<string> Violations(IReadOnlyList<PublishedCell> cells, IReadOnlyList<string> dimensions, int minCell)
    {
        var violations = new List<string>();
        foreach (var cell in cells.Where(c => c.Value is { } v && v >= 1 && v < minCell))
        {
            violations.Add($"small count published: {Describe(cell)} = {cell.Value}");
        }

        foreach (var dimension in dimensions)
        {
            var others = dimensions.Where(d => d != dimension).ToList();
            foreach (var group in cells.GroupBy(c => string.Join("|", others.Select(d => c.Coordinates[d]))))
            {
                var total = group.FirstOrDefault(c => c.Coordinates[dimension] == "TOUS");
                var members = group.Where(c => c.Coordinates[dimension] != "TOUS").ToList();
                if (total is null || members.Count == 0)
                {
                    continue;
                }

                var hidden = members.Count(m => m.IsHidden) + (total.IsHidden ? 1 : 0);
                if (hidden == 1)
                {
                    violations.Add($"one hidden cell along {dimension} in group {group.Key}: recoverable by subtraction");
                }
                else if (!total.IsHidden && members.Count(m => m.IsHidden) >= 2)
                {
                    var hiddenSum = total.Value!.Value - members.Where(m => !m.IsHidden).Sum(m => m.Value!.Value);
                    if (hiddenSum >= 1 && hiddenSum < minCell)
                    {
                        violations.Add($"hidden members along {dimension} in group {group.Key} sum to {hiddenSum}");
                    }
                }
            }
        }

        return violations;
    }

    private static string Describe(PublishedCell cell) =>
        string.Join(",", cell.Coordinates.Select(c => $"{c.Key}={c.Value}"));
}
