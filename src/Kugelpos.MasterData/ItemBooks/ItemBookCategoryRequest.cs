using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A category in a request (OpenAPI schema <c>ItemBookCategory</c>); its tabs may be absent.</summary>
public sealed record ItemBookCategoryRequest : IValidatableObject
{
    /// <summary>The number, unique within the book.</summary>
    [Required(ErrorMessage = "categoryNumber is required")]
    [Range(0, ItemBookRequest.MaxNumber, ErrorMessage = "categoryNumber must be from {1} to {2}")]
    public int? CategoryNumber { get; init; }

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

    /// <summary>Its tabs, each with its own number.</summary>
    [MaxLength(ItemBookRequest.MaxEntries, ErrorMessage = "tabs may hold at most {1} entries")]
    public IReadOnlyList<ItemBookTabRequest>? Tabs { get; init; }

    /// <summary>The stored form; call it only on a validated request.</summary>
    internal ItemBookCategory ToCategory() => new(CategoryNumber!.Value, Title!, Color!, [.. (Tabs ?? []).Select(t => t.ToTab())]);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ItemBookRequest.Distinct(Tabs, t => t.TabNumber, nameof(Tabs), "two tabs share a tabNumber");
}
