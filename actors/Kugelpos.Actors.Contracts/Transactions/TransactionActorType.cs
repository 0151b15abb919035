namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>The actor type name of <see cref="ITransactionActor"/>, as registered by the cart service.</summary>
public static class TransactionActorType
{
    /// <summary>The registered type name.</summary>
    public const string Name = "TransactionActor";
}
