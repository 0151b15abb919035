using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// The body that creates or replaces an item book (OpenAPI schemas <c>ItemBookCreateRequest</c> and
/// <c>ItemBookUpdateRequest</c>): the title and the whole tree of categories, tabs and buttons.
/// </summary>
public sealed record ItemBookRequest : IValidatableObject
{
    /// <summary>The largest category or tab number.</summary>
    public const int MaxNumber = 9999;

    /// <summary>The longest colour text.</summary>
    public const int MaxColorLength = 64;

    /// <summary>The most categories of a book, tabs of a category or buttons of a tab.</summary>
    public const int MaxEntries = 500;

    /// <summary>The title (required, not blank).</summary>
    [Required(ErrorMessage = "title is required and must not be blank")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "title must be at most {1} characters")]
    [NoControlCharacters]
    public string? Title { get; init; }

    /// <summary>Its categories, each with its own number.</summary>
    [MaxLength(MaxEntries, ErrorMessage = "categories may hold at most {1} entries")]
    public IReadOnlyList<ItemBookCategoryRequest>? Categories { get; init; }

    /// <summary>The stored categories; call it only on a validated request.</summary>
    internal IReadOnlyList<ItemBookCategory> ToCategories() => [.. (Categories ?? []).Select(c => c.ToCategory())];

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Distinct(Categories, c => c.CategoryNumber, nameof(Categories), "two categories share a categoryNumber");

    /// <summary>An error naming <paramref name="member"/> when two entries share a key, or a null entry.</summary>
    internal static IEnumerable<ValidationResult> Distinct<TEntry, TKey>(
        IReadOnlyList<TEntry?>? entries, Func<TEntry, TKey> key, string member, string message)
        where TEntry : class
    {
        if (entries is null)
        {
            return [];
        }

        if (entries.Any(e => e is null))
        {
            return [new ValidationResult($"{char.ToLowerInvariant(member[0])}{member[1..]} must not hold null", [member])];
        }

        return entries.Select(e => key(e!)).Distinct().Count() == entries.Count ? [] : [new ValidationResult(message, [member])];
    }
}
