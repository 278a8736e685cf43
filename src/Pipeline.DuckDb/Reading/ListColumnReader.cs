using System.Collections;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>
/// LIST and ARRAY as <c>List&lt;T&gt;</c> of the child's CLR type (nullable for value types, since elements
/// may be NULL). A LIST row is an (offset, length) entry into the child vector; an ARRAY row n starts at n·size.
/// </summary>
internal sealed unsafe class ListColumnReader : ColumnReader
{
    private readonly ColumnReader child;
    private readonly Type listType;

    public ListColumnReader(ColumnTypeInfo type, ColumnReader child)
        : base(type)
    {
        this.child = child;
        var elementType = child.FieldType.IsValueType ? typeof(Nullable<>).MakeGenericType(child.FieldType) : child.FieldType;
        listType = typeof(List<>).MakeGenericType(elementType);
    }

    public override Type FieldType => listType;

    public override void Bind(IntPtr vector)
    {
        base.Bind(vector);
        child.Bind(Type.Id == DuckDBType.Array ? NativeMethods.ArrayVectorGetChild(vector) : NativeMethods.ListVectorGetChild(vector));
    }

    public override object GetValue(int row)
    {
        var (offset, length) = Type.Id == DuckDBType.Array
            ? ((long)row * Type.ArraySize, Type.ArraySize)
            : ((long)((ListEntryNative*)Data)[row].Offset, (int)((ListEntryNative*)Data)[row].Length);
        var list = (IList)Activator.CreateInstance(listType, length)!;
        for (var i = 0; i < length; i++)
        {
            var index = checked((int)(offset + i));
            list.Add(child.IsNull(index) ? null : child.GetValue(index));
        }

        return list;
    }
}
