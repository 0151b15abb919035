namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>The actor type name of <see cref="ICartActor"/>, as registered by the cart service.</summary>
public static class CartActorType
{
    /// <summary>The registered type name.</summary>
    public const string Name = "CartActor";
}
