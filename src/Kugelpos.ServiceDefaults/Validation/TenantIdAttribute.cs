using System.ComponentModel.DataAnnotations;
using Kugelpos.DocumentStore;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>
/// The value, when given, follows the one <see cref="TenantId"/> rule. Null and the empty string pass:
/// combine with <see cref="RequiredAttribute"/> where a tenant id must be sent.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TenantIdAttribute : ValidationAttribute
{
    /// <summary>Creates the rule.</summary>
    public TenantIdAttribute()
        : base($"{{0}} must be {TenantId.RuleText}")
    {
    }

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value is null or "" || TenantId.IsValid(value as string);
}
