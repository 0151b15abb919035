using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Kugelpos.Terminal.Validation;

/// <summary>A business date, when given: a real calendar day written <c>YYYYMMDD</c>, as the original stores it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class BusinessDateAttribute : ValidationAttribute
{
    public BusinessDateAttribute()
        : base("{0} must be a date written YYYYMMDD")
    {
    }

    public override bool IsValid(object? value) =>
        value is null or ""
        || (value is string text && text.Length == 8
            && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
}
