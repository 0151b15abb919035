using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>
/// What the validator needs to know about a type, read once by reflection. Attributes written on
/// a positional record's parameters (<c>record Item([Required] string Code)</c>) land on the
/// constructor parameter, not the property, so both places are read.
/// </summary>
internal sealed class ValidatedType
{
    private static readonly ConcurrentDictionary<Type, ValidatedType> Cache = new();

    private ValidatedType(Type type)
    {
        var parameterAttributes = type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.GetCustomAttributes<ValidationAttribute>(true)).ToList(), StringComparer.Ordinal);

        Members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => new ValidatedMember(p, JsonNameOf(p), AttributesOf(p, parameterAttributes)))
            .ToList();
        TypeAttributes = type.GetCustomAttributes<ValidationAttribute>(true).ToList();
    }

    public IReadOnlyList<ValidatedMember> Members { get; }

    public IReadOnlyList<ValidationAttribute> TypeAttributes { get; }

    public static ValidatedType For(Type type) => Cache.GetOrAdd(type, t => new ValidatedType(t));

    /// <summary>Whether a value of this type may hold something to validate: a user type or a collection of them.</summary>
    public static bool ShouldWalk(Type type)
    {
        if (type == typeof(string))
        {
            return false;
        }

        if (IsComplex(type))
        {
            return true;
        }

        var elementType = type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
        return elementType is not null && (elementType == typeof(object) || IsComplex(elementType));
    }

    /// <summary>User classes and structs, not framework leaves such as strings, numbers and dates.</summary>
    private static bool IsComplex(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsPrimitive || underlying.IsEnum || underlying.IsPointer)
        {
            return false;
        }

        var ns = underlying.Namespace ?? string.Empty;
        return !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
    }

    private static List<ValidationAttribute> AttributesOf(
        PropertyInfo property, Dictionary<string, List<ValidationAttribute>> parameterAttributes)
    {
        var attributes = property.GetCustomAttributes<ValidationAttribute>(true).ToList();
        if (parameterAttributes.TryGetValue(property.Name, out var fromParameter))
        {
            attributes.AddRange(fromParameter.Where(a => !attributes.Any(existing => existing.GetType() == a.GetType())));
        }

        return attributes;
    }

    private static string JsonNameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
