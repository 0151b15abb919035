using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.MasterData.Validation;

/// <summary>Checks a code that arrives in the path (e.g. <c>{store_code}</c>) before it is stored.</summary>
internal static class RouteCodes
{
    /// <summary>The code, or a 422 naming <paramref name="field"/> when it breaks the code rule.</summary>
    public static string Require(string? code, string field) =>
        MasterDataCodeAttribute.IsValidCode(code)
            ? code
            : throw KugelposException.InvalidField(field, $"{field} {MasterDataCodeAttribute.RuleText}");
}
