namespace Kugelpos.MasterData.Staff;

/// <summary>The data of a staff deletion (OpenAPI schema <c>StaffDeleteResponse</c>).</summary>
/// <param name="StaffId">The deleted staff id.</param>
public sealed record StaffDeleted(string StaffId);
