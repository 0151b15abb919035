namespace Kugelpos.DocumentStore;

/// <summary>
/// The one naming rule for stored field names: the first letter lowered, as MongoDB's
/// CamelCaseElementNameConvention does, so both backends write identical field names.
/// </summary>
internal static class CamelCase
{
    public static string Of(string name) =>
        name.Length == 0 || char.IsLower(name[0])
            ? name
            : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
}
