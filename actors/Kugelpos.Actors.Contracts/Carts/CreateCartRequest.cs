using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>
/// A new cart for a terminal the service has found Opened with staff signed in, with the master data
/// the cart calculates with from then on (its own snapshot).
/// </summary>
public sealed record CreateCartRequest
{
    /// <summary>Tenant id.</summary>
    public required string TenantId { get; init; }

    /// <summary>Store code.</summary>
    public required string StoreCode { get; init; }

    /// <summary>Store name for display.</summary>
    public string? StoreName { get; init; }

    /// <summary>Terminal number.</summary>
    public required int TerminalNo { get; init; }

    /// <summary>The terminal's business date.</summary>
    public DateOnly? BusinessDate { get; init; }

    /// <summary>The terminal's open counter.</summary>
    public int? OpenCounter { get; init; }

    /// <summary>The terminal's business counter.</summary>
    public int? BusinessCounter { get; init; }

    /// <summary>The account user creating the cart.</summary>
    public TransactionUser? User { get; init; }

    /// <summary>The staff member signed in at the terminal.</summary>
    public TransactionStaff? Staff { get; init; }

    /// <summary>The taxes the cart's lines are taxed with.</summary>
    public IReadOnlyList<TaxMaster> Taxes { get; init; } = [];

    /// <summary>The settings the cart was created under.</summary>
    public IReadOnlyList<SettingMaster> Settings { get; init; } = [];
}
