namespace Kugelpos.Cart.Transactions;

/// <summary>Where the cart keeps transactions: the original's database and collection names.</summary>
internal static class TransactionStorage
{
    /// <summary>The cart's per-tenant database prefix: <c>db_cart_{tenant_id}</c>.</summary>
    public const string DatabasePrefix = "db_cart";

    /// <summary>The transaction logs.</summary>
    public const string LogCollection = "log_tran";

    /// <summary>What happened to each transaction since (voided, returned).</summary>
    public const string StatusCollection = "status_tran";
}
