using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Validation;

/// <summary>A required amount (price, cost, limit) from 0 to <see cref="MasterDataLimits.MaxAmount"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class AmountAttribute : ValidationAttribute
{
    private static readonly decimal Max = decimal.Parse(MasterDataLimits.MaxAmount, System.Globalization.CultureInfo.InvariantCulture);

    public AmountAttribute()
        : base("{0} is required and must be from 0 to " + MasterDataLimits.MaxAmount)
    {
    }

    public override bool IsValid(object? value) => value is decimal amount && amount >= 0 && amount <= Max;
}
