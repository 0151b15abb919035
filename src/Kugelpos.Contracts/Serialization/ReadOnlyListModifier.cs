using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Makes every <see cref="IReadOnlyList{T}"/> property of the events read a JSON null
/// as an empty list (the original's lists are <c>Optional[list] = []</c>) and hold
/// what it read read-only. Done on the contract rather than with a list converter so
/// that System.Text.Json keeps reading the elements itself and error paths stay
/// whole (<c>$.line_items[0].quantity</c>).
/// </summary>
internal static class ReadOnlyListModifier
{
    private static readonly MethodInfo FreezeMethod =
        typeof(ReadOnlyListModifier).GetMethod(nameof(Freeze), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var type = property.PropertyType;
            if (property.Set is not { } set
                || !type.IsGenericType
                || type.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
            {
                continue;
            }

            var freeze = FreezeMethod.MakeGenericMethod(type.GetGenericArguments()[0])
                .CreateDelegate<Func<object?, object>>();
            property.IsSetNullable = true;
            property.Set = (target, value) => set(target, freeze(value));
        }
    }

    private static object Freeze<T>(object? value) => value switch
    {
        null => Array.Empty<T>(),
        List<T> list => list.AsReadOnly(),
        _ => value,
    };
}
