using System.Reflection;
using Kugelpos.DocumentStore.Queries;

namespace Kugelpos.DocumentStore;

/// <summary>
/// The integer type an incremented field is declared with on the document type, so both backends
/// store what the document reads back: a 32-bit integer for an <c>int</c> member, a 64-bit one for
/// a <c>long</c> member or a field the type does not declare.
/// </summary>
/// <param name="Path">The field.</param>
/// <param name="IsInt32">Whether the member is an <c>int</c>.</param>
internal readonly record struct CounterField(FieldPath Path, bool IsInt32)
{
    /// <summary>The smallest value the field can hold.</summary>
    public long Min => IsInt32 ? int.MinValue : long.MinValue;

    /// <summary>The largest value the field can hold.</summary>
    public long Max => IsInt32 ? int.MaxValue : long.MaxValue;

    /// <summary>
    /// The counter field <paramref name="path"/> of <typeparamref name="T"/>, refusing a member that
    /// is not an integer and an amount an <c>int</c> member cannot take.
    /// </summary>
    /// <exception cref="InvalidOperationException">The member is not an integer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount does not fit an <c>int</c> member.</exception>
    public static CounterField Of<T>(FieldPath path, long amount, string collection)
    {
        var type = DeclaredType(typeof(T), path.Name.Split('.'));
        var field = type switch
        {
            null => new CounterField(path, IsInt32: false),
            _ when type == typeof(int) => new CounterField(path, IsInt32: true),
            _ when type == typeof(long) => new CounterField(path, IsInt32: false),
            _ => throw new InvalidOperationException(
                $"Field '{path.Name}' of {typeof(T).Name} in collection '{collection}' is declared as {type.Name}, not int or long, so it cannot be incremented."),
        };
        if (amount < field.Min || amount > field.Max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(amount), amount, $"Field '{path.Name}' of {typeof(T).Name} is an int; the amount must fit one.");
        }

        return field;
    }

    /// <summary>Whether <paramref name="value"/> fits the field's type.</summary>
    public bool Fits(long value) => value >= Min && value <= Max;

    /// <summary>The error for an increment that would take the field out of its type's range.</summary>
    public InvalidOperationException Overflow(string id, string collection, long amount) => new(
        $"Adding {amount} to field '{Path.Name}' of document '{id}' in collection '{collection}' would leave the range of its {(IsInt32 ? "int" : "long")}; the counter is unchanged.");

    /// <summary>The member type at the path, nullable unwrapped; null when the type declares none.</summary>
    private static Type? DeclaredType(Type type, string[] segments)
    {
        var current = type;
        foreach (var segment in segments)
        {
            var member = current.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(property => CamelCase.Of(property.Name) == segment);
            if (member is null)
            {
                return null;
            }

            current = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        }

        return current;
    }
}
