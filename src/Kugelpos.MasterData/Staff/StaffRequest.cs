using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Staff;

/// <summary>
/// The body of <c>PUT /staff/{staff_id}</c> (OpenAPI schema <c>StaffUpdateRequest</c>) and the base of
/// the create body: every field is required, as the original's, and replaces the stored one.
/// </summary>
public record StaffRequest
{
    /// <summary>The longest PIN.</summary>
    public const int MaxPinLength = 32;

    /// <summary>The most roles a staff member may hold, and the longest role name.</summary>
    public const int MaxRoles = 50;

    /// <summary>The staff member's name (required, not blank).</summary>
    [Required(ErrorMessage = "name is required and must not be blank")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "name must be at most {1} characters")]
    [NoControlCharacters]
    public string? Name { get; init; }

    /// <summary>The PIN (required, not blank); stored encrypted.</summary>
    [Required(ErrorMessage = "pin is required and must not be blank")]
    [StringLength(MaxPinLength, ErrorMessage = "pin must be at most {1} characters")]
    [NoControlCharacters]
    public string? Pin { get; init; }

    /// <summary>The roles (required, may be empty).</summary>
    [Required(ErrorMessage = "roles is required")]
    [MaxLength(MaxRoles, ErrorMessage = "roles may hold at most {1} entries")]
    [TextList(MaxLength = 50, ErrorMessage = "each role must be a non-blank name of at most 50 characters without control characters")]
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Without the PIN, so a logged request cannot leak it.</summary>
    public override string ToString() => $"{GetType().Name} {{ Name = {Name} }}";
}
