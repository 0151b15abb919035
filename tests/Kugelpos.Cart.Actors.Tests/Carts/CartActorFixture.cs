using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Plugins;
using Kugelpos.Cart.Actors.Tests.Support;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Cart.Actors.Tests.Carts;

/// <summary>One cart id over an in-memory actor state store on fake time; each call gets a new actor instance, as a reactivation would.</summary>
internal sealed class CartActorFixture
{
    public const string CartId = "cart-0001";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public InMemoryActorStateStore State { get; }

    public CartActorFixture()
    {
        State = new InMemoryActorStateStore(Time);
        Neighbours = new ActorNeighbours(Time, State);
    }

    /// <summary>The terminal and the transaction actors the cart calls.</summary>
    public ActorNeighbours Neighbours { get; }

    /// <summary>The sales plugins the cart is activated with.</summary>
    public StandardCartPlugins Plugins { get; init; } = new();

    public static CreateCartRequest Create { get; } = new()
    {
        TenantId = "T9999",
        StoreCode = "5678",
        StoreName = "Test store",
        TerminalNo = 9,
        BusinessDate = new DateOnly(2026, 11, 30),
        OpenCounter = 1,
        BusinessCounter = 3,
        User = new TransactionUser { Id = "admin", Name = "Admin" },
        Staff = new TransactionStaff { Id = "S001", Name = "Sato" },
        Taxes = TestCarts.DefaultTaxes,
    };

    public CartActor Activate()
    {
        var host = ActorHost.CreateForTest<CartActor>(new ActorTestOptions { ActorId = new ActorId(CartId), ProxyFactory = Neighbours.Proxies });
        return new CartActor(
            host,
            TestCarts.Calculator(),
            Plugins,
            new FakePromotionContext(Time),
            NullLogger<PromotedRecalculation>.Instance,
            State.ManagerFor(host));
    }

    /// <summary>The stored document as daprd would hold it (its JSON text), or null when there is none.</summary>
    public string? StoredJson() =>
        State.TryRead<JsonElement>(CartActorType.Name, new ActorId(CartId), CartActor.StateName, out var stored) ? stored.GetRawText() : null;

    /// <summary>Stores <paramref name="cart"/> as the actor's document, as a save would.</summary>
    public async Task StoreAsync(CartDocument cart)
    {
        var host = ActorHost.CreateForTest<CartActor>(new ActorTestOptions { ActorId = new ActorId(CartId) });
        var manager = State.ManagerFor(host);
        await manager.SetStateAsync(CartActor.StateName, cart, CartActor.StateTtl);
        await manager.SaveStateAsync();
    }
}
