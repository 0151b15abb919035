using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Payments;

/// <summary>A payment method as stored in <c>db_master_data_{tenant}.master_payment</c>.</summary>
/// <param name="Id">A fresh unique id; the code is unique through its own index.</param>
/// <param name="PaymentCode">The code, unique within the tenant.</param>
/// <param name="Description">The name.</param>
/// <param name="LimitAmount">The most one payment may be.</param>
/// <param name="CanRefund">Whether it can be refunded.</param>
/// <param name="CanDepositOver">Whether more than the balance may be paid.</param>
/// <param name="CanChange">Whether change is given.</param>
/// <param name="IsActive">Whether it can be used.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record PaymentDocument(
    string Id,
    string PaymentCode,
    string Description,
    decimal LimitAmount,
    bool CanRefund,
    bool CanDepositOver,
    bool CanChange,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
