using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The body of <c>POST /api/v1/terminals/{id}/sign-in</c> (OpenAPI schema <c>TerminalSignInRequest</c>).</summary>
public sealed record TerminalSignInRequest
{
    /// <summary>The staff member, as master data knows them.</summary>
    [Required(ErrorMessage = "staffId is required and must not be blank")]
    [StringLength(100, ErrorMessage = "staffId must be at most {1} characters")]
    [NoControlCharacters]
    public string? StaffId { get; init; }
}
