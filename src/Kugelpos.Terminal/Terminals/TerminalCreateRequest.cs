using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The body of <c>POST /api/v1/terminals</c> (OpenAPI schema <c>TerminalCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record TerminalCreateRequest
{
    /// <summary>The longest store code.</summary>
    public const int MaxStoreCodeLength = 100;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 200;

    /// <summary>The store the terminal stands in.</summary>
    [Required(ErrorMessage = "storeCode is required and must not be blank")]
    [StringLength(MaxStoreCodeLength, ErrorMessage = "storeCode must be at most {1} characters")]
    [NoControlCharacters]
    public string? StoreCode { get; init; }

    /// <summary>The terminal's number in the store, 1 or more.</summary>
    [Required(ErrorMessage = "terminalNo is required")]
    [Range(1, int.MaxValue, ErrorMessage = "terminalNo must be 1 or more")]
    public int? TerminalNo { get; init; }

    /// <summary>What the terminal is, in the tenant's words (may be empty).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "description is required")]
    [StringLength(MaxDescriptionLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }
}
