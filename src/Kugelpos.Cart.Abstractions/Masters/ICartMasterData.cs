namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>
/// The master data a cart reads while it sells, from the master-data service through Dapr service
/// invocation, kept in process for a short while so a warm cart
/// asks master data nothing. A code master data does not know is null (an empty list for lists); the
/// caller turns it into its own 4xx.
/// </summary>
/// <remarks>The service's implementation answers a retryable 503 (
/// <see cref="CartErrorCodes.ExternalServiceError"/>) when master data cannot be reached or answers an error.</remarks>
public interface ICartMasterData
{
    /// <summary>The item with its price in the store, or null for an unknown (or deleted) item.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="storeCode">The store the cart sells in.</param>
    /// <param name="itemCode">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<ItemMaster?> FindItemAsync(string tenantId, string storeCode, string itemCode, CancellationToken cancellationToken);

    /// <summary>The payment method, or null for an unknown one (an inactive one is returned; the caller checks).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="paymentCode">The payment code, e.g. <c>01</c> for cash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<PaymentMaster?> FindPaymentAsync(string tenantId, string paymentCode, CancellationToken cancellationToken);

    /// <summary>The value a setting resolves to for the store's terminal, or null when the tenant has no such setting.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="storeCode">The store.</param>
    /// <param name="terminalNo">The terminal of the store.</param>
    /// <param name="name">The setting's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<string?> FindSettingValueAsync(string tenantId, string storeCode, int terminalNo, string name, CancellationToken cancellationToken);

    /// <summary>The promotions master data finds active now in the store (for the category promotion).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="storeCode">The store.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<PromotionMaster>> ActivePromotionsAsync(string tenantId, string storeCode, CancellationToken cancellationToken);

    /// <summary>Every tax of the tax master, the ones a cart keeps a snapshot of when it is created.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<TaxMaster>> TaxesAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Every setting of the tenant with its scoped values, the ones a cart keeps a snapshot of when it is created.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<SettingMaster>> SettingsAsync(string tenantId, CancellationToken cancellationToken);
}
