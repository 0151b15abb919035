using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Staff;

/// <summary>The body of <c>POST /staff</c> (OpenAPI schema <c>StaffCreateRequest</c>): the staff id and the update fields.</summary>
public sealed record StaffCreateRequest : StaffRequest
{
    /// <summary>The staff id (a master-data code), unique within the tenant.</summary>
    [MasterDataCode]
    public string? Id { get; init; }

    /// <summary>Without the PIN, so a logged request cannot leak it.</summary>
    public override string ToString() => $"StaffCreateRequest {{ Id = {Id}, Name = {Name} }}";
}
