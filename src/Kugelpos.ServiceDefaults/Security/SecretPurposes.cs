namespace Kugelpos.ServiceDefaults.Security;

/// <summary>The Data Protection purposes of the secrets Kugelpos stores encrypted.</summary>
public static class SecretPurposes
{
    /// <summary>A terminal's API key, kept for read-back by the owning tenant.</summary>
    public const string TerminalApiKey = "Kugelpos.Terminal.ApiKey.v1";

    /// <summary>A staff member's PIN, returned to the tenant's users as the original does.</summary>
    public const string StaffPin = "Kugelpos.MasterData.StaffPin.v1";
}
