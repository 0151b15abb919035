using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Promotions;

/// <summary>An ISO 8601 date and time as <see cref="PromotionDates"/> reads it; required unless <see cref="Optional"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IsoDateTimeAttribute : ValidationAttribute
{
    public IsoDateTimeAttribute()
        : base("{0} must be an ISO 8601 date and time, e.g. 2030-01-01T09:00:00")
    {
    }

    /// <summary>Whether the field may be absent.</summary>
    public bool Optional { get; init; }

    public override bool IsValid(object? value) => value is null ? Optional : PromotionDates.TryParse(value as string, out _);
}
