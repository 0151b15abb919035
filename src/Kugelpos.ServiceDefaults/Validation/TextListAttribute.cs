using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Validation;

/// <summary>
/// A list of short texts (tags, roles, descriptions, image URLs): at most <see cref="MaxCount"/>
/// entries of at most <see cref="MaxLength"/> characters, none null or holding a control character.
/// The one rule for every such list, so each field only says its limits.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TextListAttribute : ValidationAttribute
{
    /// <summary>Creates the rule; set <see cref="ValidationAttribute.ErrorMessage"/> to word it for the field.</summary>
    public TextListAttribute()
        : base("{0} must be a list of short texts without control characters")
    {
    }

    /// <summary>The most entries; no limit when not set.</summary>
    public int MaxCount { get; init; } = int.MaxValue;

    /// <summary>The longest entry, in characters.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <summary>Whether an empty or blank entry passes.</summary>
    public bool AllowBlankEntries { get; init; }

    /// <summary>Whether a missing list passes (combine with <see cref="RequiredAttribute"/> otherwise).</summary>
    public bool AllowNull { get; init; } = true;

    /// <inheritdoc/>
    public override bool IsValid(object? value) => value switch
    {
        null => AllowNull,
        IReadOnlyCollection<string?> texts => texts.Count <= MaxCount && texts.All(IsValidEntry),
        _ => false,
    };

    private bool IsValidEntry(string? text) =>
        text is not null
        && (AllowBlankEntries || !string.IsNullOrWhiteSpace(text))
        && text.Length <= MaxLength
        && !text.Any(char.IsControl);
}
