namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Sign-in of a staff member the service has already found in master data.</summary>
public sealed record SignInRequest
{
    /// <summary>Staff id.</summary>
    public required string StaffId { get; init; }

    /// <summary>Staff name, kept for the logs the terminal writes while they are signed in.</summary>
    public required string StaffName { get; init; }
}
