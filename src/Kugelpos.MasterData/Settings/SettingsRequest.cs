using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// The body of <c>PUT /settings/{name}</c> (OpenAPI schema <c>SettingsMasterUpdateRequest</c>) and the
/// base of the create body: the default and the scoped values, both required, replacing the stored ones.
/// </summary>
public record SettingsRequest : IValidatableObject
{
    /// <summary>The longest value (a setting may hold a JSON document).</summary>
    public const int MaxValueLength = 4096;

    /// <summary>The most scoped values of one setting.</summary>
    public const int MaxValues = 1000;

    /// <summary>The value where no scoped value applies (required; may be empty).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "defaultValue is required")]
    [StringLength(MaxValueLength, ErrorMessage = "defaultValue must be at most {1} characters")]
    [NoControlCharacters]
    public string? DefaultValue { get; init; }

    /// <summary>The scoped values (required; may be empty).</summary>
    [Required(ErrorMessage = "values is required")]
    [MaxLength(MaxValues, ErrorMessage = "values may hold at most {1} entries")]
    public IReadOnlyList<SettingValueRequest>? Values { get; init; }

    /// <summary>Two values for the same scope would leave one never used, so they are refused.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var seen = new HashSet<(string?, int?)>();
        for (var index = 0; index < (Values?.Count ?? 0); index++)
        {
            var value = Values![index];
            if (value is null)
            {
                yield return new ValidationResult("values must not hold null", [nameof(Values)]);
            }
            else if (!seen.Add((value.StoreCode, value.TerminalNo)))
            {
                yield return new ValidationResult($"values[{index}] repeats the scope of an earlier value", [nameof(Values)]);
            }
        }
    }

    /// <summary>The stored default value, normalised as the original stores it; call it only on a validated request.</summary>
    internal string StoredDefaultValue() => SettingValueFormat.Normalize(DefaultValue!);

    /// <summary>The stored scoped values; call it only on a validated request.</summary>
    internal IReadOnlyList<ScopedSettingValue> ScopedValues() => [.. Values!.Select(value => value.ToScoped())];
}
