namespace Kugelpos.Benchmarks.Sale;

/// <summary>The HTTP calls a POS device makes in one sale, in order.</summary>
public enum SaleOperation
{
    /// <summary><c>POST /api/v1/carts</c>.</summary>
    CreateCart,

    /// <summary><c>POST /api/v1/carts/{id}/lineItems</c> with one item.</summary>
    AddItem,

    /// <summary><c>POST /api/v1/carts/{id}/subtotal</c>.</summary>
    Subtotal,

    /// <summary><c>POST /api/v1/carts/{id}/payments</c>: cash (01) for the balance.</summary>
    Payment,

    /// <summary><c>POST /api/v1/carts/{id}/bill</c>.</summary>
    Bill,
}
