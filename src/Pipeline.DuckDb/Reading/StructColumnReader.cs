namespace Pipeline.DuckDb.Reading;

/// <summary>STRUCT as a dictionary from field name to value (null for a NULL field).</summary>
internal sealed class StructColumnReader(ColumnTypeInfo type, IReadOnlyList<ColumnReader> children)
    : ColumnReader<Dictionary<string, object?>>(type)
{
    public override void Bind(IntPtr vector)
    {
        base.Bind(vector);
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Bind(Interop.NativeMethods.StructVectorGetChild(vector, (ulong)i));
        }
    }

    public override Dictionary<string, object?> Get(int row)
    {
        var fields = new Dictionary<string, object?>(children.Count, StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++)
        {
            fields[Type.ChildNames[i]] = children[i].IsNull(row) ? null : children[i].GetValue(row);
        }

        return fields;
    }
}
