namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>The staff member signed in at a terminal; never their PIN.</summary>
public sealed record SignedInStaff
{
    /// <summary>Staff id from master data.</summary>
    public required string StaffId { get; init; }

    /// <summary>Staff name from master data.</summary>
    public required string StaffName { get; init; }
}
