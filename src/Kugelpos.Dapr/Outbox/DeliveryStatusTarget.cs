using System.Globalization;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Dapr.Outbox;

/// <summary>Where a subscriber reports on an event: the publisher's app id and its delivery-status path, and for which tenant.</summary>
/// <param name="AppId">The publishing service's Dapr app id.</param>
/// <param name="Path">The original's delivery-status path on that service.</param>
/// <param name="TenantId">The event's tenant, whom the report's service token is issued for.</param>
public sealed record DeliveryStatusTarget(string AppId, string Path, string TenantId)
{
    /// <summary>The cart service's app id, publisher of transaction logs.</summary>
    public const string CartAppId = "cart";

    /// <summary>The terminal service's app id, publisher of cash and open/close logs.</summary>
    public const string TerminalAppId = "terminal";

    /// <summary>
    /// The target of <paramref name="evt"/>: a transaction log reports to the cart at
    /// <c>/api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/transactions/{transaction_no}/delivery-status</c>,
    /// any other terminal event to the terminal at <c>/api/v1/terminals/{tenant}-{store}-{no}/delivery-status</c>;
    /// null for a transaction log without a transaction number, which has no path to report on.
    /// </summary>
    public static DeliveryStatusTarget? For(TerminalEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        var tenant = Uri.EscapeDataString(evt.TenantId);
        var store = Uri.EscapeDataString(evt.StoreCode);
        var terminalNo = evt.TerminalNo.ToString(CultureInfo.InvariantCulture);
        if (evt is not TransactionLog tranlog)
        {
            return new DeliveryStatusTarget(TerminalAppId, $"/api/v1/terminals/{tenant}-{store}-{terminalNo}/delivery-status", evt.TenantId);
        }

        return tranlog.TransactionNo is { } transactionNo
            ? new DeliveryStatusTarget(CartAppId, string.Create(CultureInfo.InvariantCulture,
                $"/api/v1/tenants/{tenant}/stores/{store}/terminals/{terminalNo}/transactions/{transactionNo}/delivery-status"), evt.TenantId)
            : null;
    }
}
