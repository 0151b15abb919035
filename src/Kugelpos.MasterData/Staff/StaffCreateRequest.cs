using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Staff;

/// <summary>The body of <c>POST /staff</c> (OpenAPI schema <c>StaffCreateRequest</c>): the staff id and the update fields.</summary>
public sealed record StaffCreateRequest : StaffRequest
{
    /// <summary>The longest staff id.</summary>
    public const int MaxIdLength = 50;

    /// <summary>The staff id (required, not blank), unique within the tenant.</summary>
    [Required(ErrorMessage = "id is required and must not be blank")]
    [StringLength(MaxIdLength, ErrorMessage = "id must be at most {1} characters")]
    [NoControlCharacters]
    public string? Id { get; init; }

    /// <summary>Without the PIN, so a logged request cannot leak it.</summary>
    public override string ToString() => $"StaffCreateRequest {{ Id = {Id}, Name = {Name} }}";
}
