using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Validation;

/// <summary>
/// A required list of texts (item details, image URLs): at most <see cref="MasterDataLimits.MaxListCount"/>
/// entries, none null, none longer than <see cref="MasterDataLimits.MaxListEntryLength"/>, none with control characters.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class TextListAttribute : ValidationAttribute
{
    public TextListAttribute()
        : base("{0} must be a list of at most 100 texts of at most 2048 characters each, without control characters")
    {
    }

    public override bool IsValid(object? value) =>
        value is IReadOnlyList<string?> list
        && list.Count <= MasterDataLimits.MaxListCount
        && list.All(entry => entry is not null && entry.Length <= MasterDataLimits.MaxListEntryLength && !entry.Any(char.IsControl));
}
