using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>MAP (physically a LIST of STRUCT(key, value)) as a dictionary; keys are never NULL.</summary>
internal sealed unsafe class MapColumnReader(ColumnTypeInfo type, ColumnReader keys, ColumnReader values)
    : ColumnReader<Dictionary<object, object?>>(type)
{
    public override void Bind(IntPtr vector)
    {
        base.Bind(vector);
        var entries = NativeMethods.ListVectorGetChild(vector);
        keys.Bind(NativeMethods.StructVectorGetChild(entries, 0));
        values.Bind(NativeMethods.StructVectorGetChild(entries, 1));
    }

    public override Dictionary<object, object?> Get(int row)
    {
        var entry = ((ListEntryNative*)Data)[row];
        var map = new Dictionary<object, object?>((int)entry.Length);
        for (var i = 0; i < (int)entry.Length; i++)
        {
            var index = checked((int)entry.Offset + i);
            map[keys.GetValue(index)] = values.IsNull(index) ? null : values.GetValue(index);
        }

        return map;
    }
}
