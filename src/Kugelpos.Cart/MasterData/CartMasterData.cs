using System.Globalization;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Dapr;
using Kugelpos.ServiceDefaults.Caching;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Cart.MasterData;

/// <summary>
/// <see cref="ICartMasterData"/> over master data's REST API, called through the cart's sidecar (app
/// <c>master-data</c>) with a service token of the tenant, each answer kept in the shared
/// <see cref="ShortLivedCache{TKey, TValue}"/> by tenant, store and code.
/// </summary>
/// <param name="masterData">The service client of <c>AddDaprServiceClient</c> for master data.</param>
/// <param name="tokens">Issues the service tokens.</param>
/// <param name="cache">The answers kept.</param>
internal sealed class CartMasterData(HttpClient masterData, KugelposTokenIssuer tokens, ShortLivedCache<MasterDataKey, object> cache) : ICartMasterData
{
    /// <summary>The Dapr app id of the master-data service.</summary>
    public const string MasterDataAppId = "master-data";

    public async ValueTask<ItemMaster?> FindItemAsync(string tenantId, string storeCode, string itemCode, CancellationToken cancellationToken) =>
        (ItemMaster?)await cache.GetOrLoadAsync(
            new MasterDataKey("item", tenantId, storeCode, itemCode),
            async token => await ReadAsync<ItemMaster>(tenantId, $"stores/{Escape(storeCode)}/items/{Escape(itemCode)}/details", token),
            cancellationToken);

    public async ValueTask<PaymentMaster?> FindPaymentAsync(string tenantId, string paymentCode, CancellationToken cancellationToken) =>
        (PaymentMaster?)await cache.GetOrLoadAsync(
            new MasterDataKey("payment", tenantId, string.Empty, paymentCode),
            async token => await ReadAsync<PaymentMaster>(tenantId, $"payments/{Escape(paymentCode)}", token),
            cancellationToken);

    public async ValueTask<string?> FindSettingValueAsync(string tenantId, string storeCode, int terminalNo, string name, CancellationToken cancellationToken)
    {
        var terminal = terminalNo.ToString(CultureInfo.InvariantCulture);
        var value = (SettingValue?)await cache.GetOrLoadAsync(
            new MasterDataKey("setting", tenantId, storeCode, $"{terminal}/{name}"),
            async token => await ReadAsync<SettingValue>(tenantId, $"settings/{Escape(name)}/value?store_code={Escape(storeCode)}&terminal_no={terminal}", token),
            cancellationToken);
        return value?.Value;
    }

    public async ValueTask<IReadOnlyList<PromotionMaster>> ActivePromotionsAsync(string tenantId, string storeCode, CancellationToken cancellationToken) =>
        (IReadOnlyList<PromotionMaster>?)await cache.GetOrLoadAsync(
            new MasterDataKey("promotions", tenantId, storeCode, string.Empty),
            async token => await ReadAsync<PromotionMaster[]>(tenantId, $"promotions/active?storeCode={Escape(storeCode)}", token) ?? Array.Empty<PromotionMaster>(),
            cancellationToken) ?? [];

    public async ValueTask<IReadOnlyList<TaxMaster>> TaxesAsync(string tenantId, CancellationToken cancellationToken) =>
        (IReadOnlyList<TaxMaster>?)await cache.GetOrLoadAsync(
            new MasterDataKey("taxes", tenantId, string.Empty, string.Empty),
            async token => await ReadAsync<TaxMaster[]>(tenantId, "taxes?limit=0", token) ?? Array.Empty<TaxMaster>(),
            cancellationToken) ?? [];

    public async ValueTask<IReadOnlyList<SettingMaster>> SettingsAsync(string tenantId, CancellationToken cancellationToken) =>
        (IReadOnlyList<SettingMaster>?)await cache.GetOrLoadAsync(
            new MasterDataKey("settings", tenantId, string.Empty, string.Empty),
            async token => await ReadAsync<SettingMaster[]>(tenantId, "settings?limit=0", token) ?? Array.Empty<SettingMaster>(),
            cancellationToken) ?? [];

    private static string Escape(string part) => Uri.EscapeDataString(part);

    private static KugelposException Unavailable(string what, Exception? cause) =>
        new(StatusCodes.Status503ServiceUnavailable, CartErrorCodes.ExternalServiceError, $"The master-data service {what}; try again shortly", null, cause);

    private Task<T?> ReadAsync<T>(string tenantId, string path, CancellationToken cancellationToken)
        where T : class =>
        masterData.GetDataAsync<T>(
            $"api/v1/tenants/{Escape(tenantId)}/{path}", tokens.IssueServiceToken(CartService.AppId, tenantId), Unavailable, cancellationToken);

    // The field of master data's SettingsMasterValueResponse.
    private sealed record SettingValue(string? Value);
}
