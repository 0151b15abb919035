using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Terminal.Stores;

/// <summary>The value, when given, is one of <see cref="StoreStatus.All"/> (the original took any text).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class StoreStatusAttribute : ValidationAttribute
{
    public StoreStatusAttribute()
        : base($"{{0}} must be one of {string.Join(", ", StoreStatus.All)}")
    {
    }

    public override bool IsValid(object? value) => value is null or "" || (value is string text && StoreStatus.All.Contains(text));
}
