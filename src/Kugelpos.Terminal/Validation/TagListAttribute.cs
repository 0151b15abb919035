using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Terminal.Validation;

/// <summary>
/// A list of tags, when given: at most <see cref="MaxTags"/>, each a non-blank text of at most
/// <see cref="MaxTagLength"/> characters without control characters. The original took any list,
/// so one request could store an unbounded document.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class TagListAttribute : ValidationAttribute
{
    /// <summary>The most tags one tenant or store carries.</summary>
    public const int MaxTags = 20;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 50;

    public TagListAttribute()
        : base($"{{0}} must hold at most {MaxTags} tags, each 1 to {MaxTagLength} characters without control characters")
    {
    }

    public override bool IsValid(object? value) =>
        value is not IReadOnlyCollection<string?> tags
        || (tags.Count <= MaxTags && tags.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= MaxTagLength && !t.Any(char.IsControl)));
}
