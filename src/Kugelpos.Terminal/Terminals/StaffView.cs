namespace Kugelpos.Terminal.Terminals;

/// <summary>The signed-in staff member as a terminal response shows them (OpenAPI schema <c>BaseStaff</c>).</summary>
/// <param name="StaffId">The staff id.</param>
/// <param name="StaffName">The staff name.</param>
/// <param name="StaffPin">Always null: a PIN is never part of a terminal (the original copied it in).</param>
public sealed record StaffView(string StaffId, string StaffName, string? StaffPin = null);
