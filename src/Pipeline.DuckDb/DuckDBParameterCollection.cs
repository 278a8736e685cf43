using System.Collections;
using System.Data.Common;

namespace Pipeline.DuckDb;

/// <summary>The parameters of a <see cref="DuckDBCommand"/>.</summary>
public sealed class DuckDBParameterCollection : DbParameterCollection
{
    private readonly List<DuckDBParameter> items = [];

    public override int Count => items.Count;

    public override object SyncRoot => ((ICollection)items).SyncRoot;

    public new DuckDBParameter this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    /// <summary>Adds a named parameter (name with or without $, @ or :).</summary>
    public DuckDBParameter AddWithValue(string name, object? value)
    {
        var parameter = new DuckDBParameter(name, value);
        items.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a parameter; an unnamed one binds to the next ? or $n by position.</summary>
    public DuckDBParameter Add(DuckDBParameter parameter)
    {
        items.Add(parameter);
        return parameter;
    }

    public override int Add(object value)
    {
        items.Add(Cast(value));
        return items.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var value in values)
        {
            items.Add(Cast(value));
        }
    }

    public override void Clear() => items.Clear();

    public override bool Contains(object value) => value is DuckDBParameter p && items.Contains(p);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)items).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => items.GetEnumerator();

    public override int IndexOf(object value) => value is DuckDBParameter p ? items.IndexOf(p) : -1;

    public override int IndexOf(string parameterName)
    {
        var name = parameterName.TrimStart('$', '@', ':');
        return items.FindIndex(p => string.Equals(p.NormalizedName, name, StringComparison.OrdinalIgnoreCase));
    }

    public override void Insert(int index, object value) => items.Insert(index, Cast(value));

    public override void Remove(object value) => items.Remove(Cast(value));

    public override void RemoveAt(int index) => items.RemoveAt(index);

    public override void RemoveAt(string parameterName) => items.RemoveAt(IndexOfExisting(parameterName));

    internal DuckDBParameter? FindByName(string name)
    {
        var index = IndexOf(name);
        return index >= 0 ? items[index] : null;
    }

    protected override DbParameter GetParameter(int index) => items[index];

    protected override DbParameter GetParameter(string parameterName) => items[IndexOfExisting(parameterName)];

    protected override void SetParameter(int index, DbParameter value) => items[index] = Cast(value);

    protected override void SetParameter(string parameterName, DbParameter value) => items[IndexOfExisting(parameterName)] = Cast(value);

    private int IndexOfExisting(string parameterName)
    {
        var index = IndexOf(parameterName);
        return index >= 0 ? index : throw new IndexOutOfRangeException($"No parameter named '{parameterName}'.");
    }

    private static DuckDBParameter Cast(object value) =>
        value as DuckDBParameter ?? throw new InvalidCastException($"Expected a DuckDBParameter, got {value?.GetType().FullName ?? "null"}.");
}
