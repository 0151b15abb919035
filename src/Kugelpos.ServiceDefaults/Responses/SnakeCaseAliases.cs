using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// A <see cref="JsonTypeInfo"/> modifier that lets request bodies name each settable property in
/// snake_case as well (<c>tenant_id</c> beside <c>tenantId</c>), as the original's pydantic models do
/// with their camelCase aliases and <c>populate_by_name</c>. The alias can only be read into, never
/// written, so responses stay camelCase.
/// </summary>
/// <remarks>
/// <para>
/// When a body sends both spellings the camelCase value wins, whatever their order, as pydantic
/// prefers the alias: the snake_case value is only taken while the property still holds its default.
/// </para>
/// <para>
/// Only properties the serializer sets after construction get an alias. A constructor-bound member
/// (a positional record's parameter) is matched to its JSON name inside the serializer, where no added
/// property can reach it; request bodies are therefore records with <c>init</c> properties.
/// </para>
/// </remarks>
internal static class SnakeCaseAliases
{
    public static void Add(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var taken = new HashSet<string>(typeInfo.Properties.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        var aliases = new List<JsonPropertyInfo>();
        foreach (var property in typeInfo.Properties)
        {
            if (property is { Set: not null, Get: not null, AssociatedParameter: null, AttributeProvider: MemberInfo member }
                && taken.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name)))
            {
                aliases.Add(AliasOf(typeInfo, property, JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name)));
            }
        }

        foreach (var alias in aliases)
        {
            typeInfo.Properties.Add(alias);
        }
    }

    /// <summary>Whether <paramref name="property"/> is an alias <see cref="Add"/> made: write-only, and no member of the type.</summary>
    public static bool IsAlias(JsonPropertyInfo property) => property is { Get: null, Set: not null, AttributeProvider: null };

    private static JsonPropertyInfo AliasOf(JsonTypeInfo owner, JsonPropertyInfo property, string name)
    {
        var get = property.Get!;
        var set = property.Set!;
        var unset = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
        var alias = owner.CreateJsonPropertyInfo(property.PropertyType, name);
        alias.CustomConverter = property.CustomConverter;
        alias.NumberHandling = property.NumberHandling;
        alias.Set = (instance, value) =>
        {
            if (Equals(get(instance), unset))
            {
                set(instance, value);
            }
        };
        return alias;
    }
}
