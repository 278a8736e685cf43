using System.Numerics;

namespace Pipeline.DuckDb;

/// <summary>The typed Append methods: each writes the next column of the current row.</summary>
public sealed partial class DuckDBAppender
{
    public DuckDBAppender AppendNull()
    {
        Next().WriteNull(row);
        return Advance();
    }

    public DuckDBAppender Append(long value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(int value) => Append((long)value);

    public DuckDBAppender Append(short value) => Append((long)value);

    public DuckDBAppender Append(Int128 value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(double value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(decimal value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(bool value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(ReadOnlySpan<byte> value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(DateOnly value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(DateTime value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(TimeOnly value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(TimeSpan value)
    {
        Next().Write(row, value);
        return Advance();
    }

    public DuckDBAppender Append(Guid value)
    {
        Next().Write(row, value);
        return Advance();
    }

    /// <summary>Appends a value of any supported CLR type (null and DBNull append NULL); boxes, so prefer the typed overloads in loops.</summary>
    public DuckDBAppender AppendValue(object? value) => value switch
    {
        null or DBNull => AppendNull(),
        long v => Append(v),
        int v => Append(v),
        short v => Append(v),
        sbyte v => Append(v),
        byte v => Append(v),
        ushort v => Append(v),
        uint v => Append(v),
        ulong v => Append((Int128)v),
        Int128 v => Append(v),
        BigInteger v => Append((Int128)v),
        double v => Append(v),
        float v => Append(v),
        decimal v => Append(v),
        bool v => Append(v),
        string v => Append(v),
        byte[] v => Append(v.AsSpan()),
        DateOnly v => Append(v),
        DateTime v => Append(v),
        DateTimeOffset v => Append(v.UtcDateTime),
        TimeOnly v => Append(v),
        TimeSpan v => Append(v),
        Guid v => Append(v),
        _ => throw new NotSupportedException($"The appender cannot write a {value.GetType().FullName}."),
    };
}
