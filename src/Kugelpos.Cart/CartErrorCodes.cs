namespace Kugelpos.Cart;

/// <summary>
/// Kugelpos error codes of the cart service, the original's (<c>XXYYZZ</c>, range 401xx-404xx). The
/// general codes (authentication, validation...) are in <see cref="ServiceDefaults.Responses.KugelposErrorCodes"/>.
/// </summary>
public static class CartErrorCodes
{
    /// <summary>The item code is not in master data (the original's <c>ITEM_NOT_FOUND</c>).</summary>
    public const string ItemNotFound = "402001";

    /// <summary>
    /// A service the cart depends on (master data) could not answer (the original's
    /// <c>EXTERNAL_SERVICE_ERROR</c>, which it sent with a 500; ours is a retryable 503).
    /// </summary>
    public const string ExternalServiceError = "404003";
}
