using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Terminal.Stores;

/// <summary>The value, when given, follows the <see cref="StoreCode"/> rule; combine with <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class StoreCodeAttribute : ValidationAttribute
{
    public StoreCodeAttribute()
        : base($"{{0}} must be {StoreCode.RuleText}")
    {
    }

    public override bool IsValid(object? value) => value is null or "" || StoreCode.IsValid(value as string);
}
