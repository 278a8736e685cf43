using System.Globalization;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// Binds a command's parameters to one prepared statement. DuckDB names each parameter: "name" for $name,
/// "1", "2"... for ? and $1. Named ones are matched by name (with or without a $, @ or : prefix, ignoring
/// case); numbered ones by an explicitly numbered parameter, else by position in the collection.
/// </summary>
internal static unsafe class ParameterBinder
{
    public static void Bind(PreparedStatementHandle statement, DuckDBParameterCollection parameters, StatementScript script, int index, string sql)
    {
        var count = (int)NativeMethods.ParameterCount(statement);
        for (var i = 1; i <= count; i++)
        {
            var name = Utf8Text.FromAllocated(NativeMethods.ParameterName(statement, (ulong)i)) ?? i.ToString(CultureInfo.InvariantCulture);
            var parameter = Find(parameters, name)
                ?? throw new DuckDBException(
                    script.Describe(index, $"No value was given for parameter ${name}. Add it to the command's Parameters " +
                        $"(named '{name}', or in position {name} for ? and $n)." +
                        (ParameterHints.AtIdentifiers(sql).Count > 0 ? ParameterHints.Explain(string.Empty, sql) : string.Empty)),
                    DuckDBErrorType.ParameterNotResolved, index);

            using var value = ValueFactory.Create(parameter.Value, parameter.ExplicitDbType);
            if (NativeMethods.BindValue(statement, (ulong)i, value) != NativeMethods.State.Success)
            {
                var message = Utf8Text.FromOwned(NativeMethods.PrepareError(statement)) ?? "the value does not fit the parameter";
                throw new DuckDBException(script.Describe(index, $"Cannot bind parameter ${name}: {message}"), DuckDBErrorType.MismatchType, index);
            }
        }
    }

    private static DuckDBParameter? Find(DuckDBParameterCollection parameters, string name)
    {
        var named = parameters.FindByName(name);
        if (named is not null)
        {
            return named;
        }

        var isPosition = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var position);
        return isPosition && position >= 1 && position <= parameters.Count ? parameters[position - 1] : null;
    }
}
