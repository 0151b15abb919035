using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Promotions;

/// <summary>A list of master-data codes, at most <see cref="MasterDataLimits.MaxListCount"/>; with <see cref="AllowEmpty"/> false, required and non-empty.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CodeListAttribute : ValidationAttribute
{
    public CodeListAttribute()
        : base("{0} must be a list of at most 100 codes, each " + MasterDataCodeAttribute.RuleText)
    {
    }

    /// <summary>Whether the list may be absent or empty.</summary>
    public bool AllowEmpty { get; init; }

    public override bool IsValid(object? value) => value switch
    {
        null => AllowEmpty,
        IReadOnlyList<string?> codes => (AllowEmpty || codes.Count > 0)
            && codes.Count <= MasterDataLimits.MaxListCount
            && codes.All(MasterDataCodeAttribute.IsValidCode),
        _ => false,
    };
}
