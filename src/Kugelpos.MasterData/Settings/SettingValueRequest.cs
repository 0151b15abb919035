using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Settings;

/// <summary>One scoped value in a settings body (OpenAPI schema <c>BaseSettingsMasterValue</c>).</summary>
public sealed record SettingValueRequest : IValidatableObject
{
    /// <summary>The largest terminal number.</summary>
    public const int MaxTerminalNo = 9999;

    /// <summary>The store (a master-data code), or absent for every store.</summary>
    public string? StoreCode { get; init; }

    /// <summary>The terminal of the store, or absent for the whole store; needs a store.</summary>
    [Range(1, MaxTerminalNo, ErrorMessage = "terminalNo must be from {1} to {2}")]
    public int? TerminalNo { get; init; }

    /// <summary>The value in that scope (required; may be empty).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "value is required")]
    [StringLength(SettingsRequest.MaxValueLength, ErrorMessage = "value must be at most {1} characters")]
    [NoControlCharacters]
    public string? Value { get; init; }

    /// <summary>The stored form, the value normalised as the original stores it; call it only on a validated request.</summary>
    internal ScopedSettingValue ToScoped() => new(StoreCode, TerminalNo, SettingValueFormat.Normalize(Value!));

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StoreCode is not null && !MasterDataCodeAttribute.IsValidCode(StoreCode))
        {
            yield return new ValidationResult($"storeCode {MasterDataCodeAttribute.RuleText}", [nameof(StoreCode)]);
        }

        // The original never resolves a terminal's value without its store, so such a value could never apply.
        if (StoreCode is null && TerminalNo is not null)
        {
            yield return new ValidationResult("terminalNo needs a storeCode", [nameof(TerminalNo)]);
        }
    }
}
