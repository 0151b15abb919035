using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Staff;

/// <summary>A staff member as stored in <c>db_master_data_{tenant}.master_staff</c>, keyed by the staff id.</summary>
/// <param name="Id">The staff id, unique within the tenant.</param>
/// <param name="Name">The name shown on receipts and screens.</param>
/// <param name="ProtectedPin">The PIN encrypted with <see cref="ServiceDefaults.Security.SecretPurposes.StaffPin"/>; never logged nor sent as is.</param>
/// <param name="Roles">The staff member's roles.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record StaffDocument(
    string Id,
    string Name,
    string ProtectedPin,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument
{
    /// <summary>Without the PIN, so a logged document cannot leak it even encrypted.</summary>
    public override string ToString() => $"StaffDocument {{ Id = {Id}, Name = {Name} }}";
}
