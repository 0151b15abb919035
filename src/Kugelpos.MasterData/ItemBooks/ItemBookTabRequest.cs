using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A tab in a request (OpenAPI schema <c>ItemBookTab</c>); its buttons may be absent.</summary>
public sealed record ItemBookTabRequest : IValidatableObject
{
    /// <summary>The number, unique within the category.</summary>
    [Required(ErrorMessage = "tabNumber is required")]
    [Range(0, ItemBookRequest.MaxNumber, ErrorMessage = "tabNumber must be from {1} to {2}")]
    public int? TabNumber { get; init; }

    /// <summary>The title (required, not blank).</summary>
    [Required(ErrorMessage = "title is required and must not be blank")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "title must be at most {1} characters")]
    [NoControlCharacters]
    public string? Title { get; init; }

    /// <summary>The colour (required, not blank).</summary>
    [Required(ErrorMessage = "color is required and must not be blank")]
    [StringLength(ItemBookRequest.MaxColorLength, ErrorMessage = "color must be at most {1} characters")]
    [NoControlCharacters]
    public string? Color { get; init; }

    /// <summary>Its buttons, each at its own position.</summary>
    [MaxLength(ItemBookRequest.MaxEntries, ErrorMessage = "buttons may hold at most {1} entries")]
    public IReadOnlyList<ItemBookButtonRequest>? Buttons { get; init; }

    /// <summary>The stored form; call it only on a validated request.</summary>
    internal ItemBookTab ToTab() => new(TabNumber!.Value, Title!, Color!, [.. (Buttons ?? []).Select(b => b.ToButton())]);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ItemBookRequest.Distinct(Buttons, b => (b.PosX, b.PosY), nameof(Buttons), "two buttons share a position");
}
