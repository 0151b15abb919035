namespace Kugelpos.MasterData.Staff;

/// <summary>
/// A staff member as the API returns it (OpenAPI schema <c>StaffResponse</c>). The PIN is there for a
/// user of the tenant, as the original returns it, and null for a terminal or another service.
/// </summary>
/// <param name="Id">The staff id.</param>
/// <param name="Name">The name.</param>
/// <param name="Pin">The PIN for a user of the tenant; null otherwise, or when it can no longer be decrypted.</param>
/// <param name="Roles">The roles.</param>
/// <param name="EntryDatetime">When the record was created, <c>yyyy-MM-dd HH:mm:ss</c> (UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, if ever.</param>
public sealed record StaffView(
    string Id,
    string Name,
    string? Pin,
    IReadOnlyList<string> Roles,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    /// <summary>Without the PIN, so a logged response cannot leak it.</summary>
    public override string ToString() => $"StaffView {{ Id = {Id}, Name = {Name} }}";
}
