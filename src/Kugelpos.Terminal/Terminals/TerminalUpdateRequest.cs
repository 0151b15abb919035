using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The body of <c>PATCH /api/v1/terminals/{id}/description</c> (OpenAPI schema <c>TerminalUpdateRequest</c>).</summary>
public sealed record TerminalUpdateRequest
{
    /// <summary>The new description (may be empty).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "description is required")]
    [StringLength(TerminalCreateRequest.MaxDescriptionLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }
}
