namespace Kugelpos.Account;

/// <summary>
/// Kugelpos error codes of the account service (<c>XXYYZZ</c>): category 10 (general), subcategory
/// 01 (accounts). The general codes (authentication, validation...) are in
/// <see cref="ServiceDefaults.Responses.KugelposErrorCodes"/>.
/// </summary>
public static class AccountErrorCodes
{
    /// <summary>The requested tenant id is already registered (409).</summary>
    public const string TenantAlreadyExists = "100101";

    /// <summary>The username is already taken within the tenant (409).</summary>
    public const string UsernameAlreadyExists = "100102";

    /// <summary>No free tenant id was found within the allowed attempts (503).</summary>
    public const string NoFreeTenantId = "100103";
}
