namespace Kugelpos.DocumentStore.Queries;

/// <summary>
/// Brings filter values to the few scalar types both engines compare the same way:
/// string, bool, int, long, double, decimal, UTC-convertible DateTime, Guid, or null.
/// Enums become their names (how both backends store them); DateTimeOffset its UTC instant.
/// </summary>
internal static class FilterValue
{
    public static object? Normalize(object? value, string paramName) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or DateTime or Guid => value,
        Enum e => e.ToString(),
        DateTimeOffset dto => dto.UtcDateTime,
        byte or sbyte or short or ushort => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
        uint u => (long)u,
        float f => (double)f,
        _ => throw new ArgumentException(
            $"Filter values of type {value.GetType().Name} are not supported; use a string, number, bool, DateTime, DateTimeOffset, Guid, enum or null.",
            paramName),
    };
}
