using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Kugelpos.MasterData.Validation;

/// <summary>
/// A master-data code: required, not blank, at most <see cref="MasterDataLimits.MaxCodeLength"/>
/// characters, no control characters and no '/' (codes are path segments of their own resources).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class MasterDataCodeAttribute : ValidationAttribute
{
    /// <summary>What a client is told when its code breaks the rule.</summary>
    public const string RuleText = "must be 1 to 64 characters, not blank, without '/' or control characters";

    public MasterDataCodeAttribute()
        : base("{0} " + RuleText)
    {
    }

    /// <summary>True when <paramref name="value"/> is a valid code.</summary>
    public static bool IsValidCode([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= MasterDataLimits.MaxCodeLength
        && !value.Any(c => char.IsControl(c) || c == '/');

    public override bool RequiresValidationContext => false;

    public override bool IsValid(object? value) => IsValidCode(value as string);
}
