namespace Pipeline.Transforms.Sql;

/// <summary>What a name is in the warehouse.</summary>
internal enum RelationKind
{
    None,
    Table,
    View,
}
