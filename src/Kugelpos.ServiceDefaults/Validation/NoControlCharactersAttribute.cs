using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>A text without control characters (no line breaks, tabs or bells), e.g. a name shown on receipts and logs.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    /// <summary>Creates the rule.</summary>
    public NoControlCharactersAttribute()
        : base("{0} must not contain control characters")
    {
    }

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value is not string text || !text.Any(char.IsControl);
}
