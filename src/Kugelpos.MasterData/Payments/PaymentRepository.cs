using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Payments;

/// <summary>Each tenant's payment methods (<c>master_payment</c>, code unique).</summary>
internal sealed class PaymentRepository(MasterDataDatabase database)
    : MasterDataRepository<PaymentDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique code index.</summary>
    public static MasterDataCollection<PaymentDocument> Collection { get; } =
        new("master_payment", [nameof(PaymentDocument.PaymentCode)]);

    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["payment_code"] = nameof(PaymentDocument.PaymentCode),
            ["description"] = nameof(PaymentDocument.Description),
            ["limit_amount"] = nameof(PaymentDocument.LimitAmount),
            ["can_refund"] = nameof(PaymentDocument.CanRefund),
            ["can_deposit_over"] = nameof(PaymentDocument.CanDepositOver),
            ["can_change"] = nameof(PaymentDocument.CanChange),
            ["is_active"] = nameof(PaymentDocument.IsActive),
            ["entry_datetime"] = nameof(PaymentDocument.CreatedAt),
            ["last_update_datetime"] = nameof(PaymentDocument.UpdatedAt),
        },
        "payment_code:1");

    /// <summary>The tenant's payment method with this code, or null.</summary>
    public Task<PaymentDocument?> FindAsync(string tenantId, string paymentCode, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(PaymentDocument.PaymentCode), paymentCode, null, cancellationToken);
}
