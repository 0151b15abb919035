using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Staff;

/// <summary>A staff member as stored in <c>db_master_data_{tenant}.master_staff</c>.</summary>
/// <param name="Id">A fresh unique id; staff ids are unique through their own index.</param>
/// <param name="StaffId">The staff id, unique within the tenant (the original's <c>id</c>).</param>
/// <param name="Name">The name shown on receipts and screens.</param>
/// <param name="ProtectedPin">The PIN encrypted with <see cref="ServiceDefaults.Security.SecretPurposes.StaffPin"/>; never logged nor sent as is.</param>
/// <param name="Roles">The staff member's roles.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record StaffDocument(
    string Id,
    string StaffId,
    string Name,
    string ProtectedPin,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument
{
    /// <summary>Without the PIN, so a logged document cannot leak it even encrypted.</summary>
    public override string ToString() => $"StaffDocument {{ StaffId = {StaffId}, Name = {Name} }}";
}
