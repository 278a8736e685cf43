using System.Collections;
using System.Globalization;
using System.Numerics;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// GetFieldValue&lt;T&gt; for a T other than the column's own type: NULL into nullable types, the wide
/// numeric types, DATE as DateTime, TIMESTAMP as DateOnly or DateTimeOffset, lists as arrays, and
/// ordinary numeric conversions. Slower than the typed path (it boxes), but exact or refused.
/// </summary>
internal static class FieldValueConverter
{
    public static T Convert<T>(ColumnReader reader, int row, string column)
    {
        if (reader.IsNull(row))
        {
            if (typeof(T) == typeof(object))
            {
                return (T)(object)DBNull.Value;
            }

            return default(T) is null
                ? default!
                : throw new InvalidCastException($"Column '{column}' is NULL; read it as a nullable type or check IsDBNull first.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return (T)Special(reader, row, target);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException)
        {
            throw new InvalidCastException($"Column '{column}' of type {reader.Type.Name} cannot be read as {typeof(T).Name}: {e.Message}", e);
        }
    }

    private static object Special(ColumnReader reader, int row, Type target) => reader switch
    {
        DecimalColumnReader d when target == typeof(BigInteger) => d.GetBigInteger(row),
        DecimalColumnReader d when target == typeof(string) => d.ToText(row),
        HugeIntColumnReader h when target == typeof(Int128) => h.GetInt128(row),
        UHugeIntColumnReader h when target == typeof(UInt128) => h.GetUInt128(row),
        IntervalColumnReader i when target == typeof(DuckDBInterval) => i.GetInterval(row),
        _ => ChangeType(reader.GetValue(row), target),
    };

    internal static object ChangeType(object value, Type target)
    {
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return value switch
        {
            DateOnly date when target == typeof(DateTime) => date.ToDateTime(TimeOnly.MinValue),
            DateTime dateTime when target == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
            DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            BigInteger number => FromBigInteger(number, target),
            string text when target.IsEnum => Enum.Parse(target, text, ignoreCase: true),
            IList list when target.IsArray => ToArray(list, target.GetElementType()!),
            IList list when target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>) => ToList(list, target),
            _ when target.IsEnum => Enum.ToObject(target, value),
            decimal or double or float when IsInteger(target) && !IsWhole(value) =>
                throw new InvalidCastException($"The value {value} has a fractional part and would be rounded to {target.Name}."),
            IConvertible => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"A {value.GetType().Name} cannot be converted to {target.Name}."),
        };
    }

    private static bool IsInteger(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.UInt64;

    private static bool IsWhole(object number) => number switch
    {
        decimal d => decimal.Truncate(d) == d,
        double d => Math.Truncate(d) == d,
        float f => MathF.Truncate(f) == f,
        _ => true,
    };

    private static object FromBigInteger(BigInteger number, Type target) => target switch
    {
        _ when target == typeof(long) => (long)number,
        _ when target == typeof(ulong) => (ulong)number,
        _ when target == typeof(int) => (int)number,
        _ when target == typeof(Int128) => (Int128)number,
        _ when target == typeof(UInt128) => (UInt128)number,
        _ when target == typeof(decimal) => (decimal)number,
        _ when target == typeof(double) => (double)number,
        _ when target == typeof(string) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A BigInteger cannot be converted to {target.Name}."),
    };

    private static Array ToArray(IList list, Type elementType)
    {
        var array = Array.CreateInstance(elementType, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            array.SetValue(Element(list[i], elementType), i);
        }

        return array;
    }

    private static IList ToList(IList list, Type listType)
    {
        var elementType = listType.GetGenericArguments()[0];
        var result = (IList)Activator.CreateInstance(listType, list.Count)!;
        foreach (var item in list)
        {
            result.Add(Element(item, elementType));
        }

        return result;
    }

    private static object? Element(object? item, Type elementType)
    {
        var underlying = Nullable.GetUnderlyingType(elementType);
        if (item is null)
        {
            return elementType.IsValueType && underlying is null
                ? throw new InvalidCastException($"The list holds a NULL, which a {elementType.Name} element cannot take.")
                : null;
        }

        return ChangeType(item, underlying ?? elementType);
    }
}
