using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.StateMachine;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>
/// One cart: a thin shell that loads the document, asks the state machine, applies the rule, runs
/// the promoted recalculation, moves the state and saves the document with its TTL renewed.
/// </summary>
/// <remarks>
/// The rules return new documents and the document is set in the state manager only after all of
/// them succeeded, so a refusal (by the state or by a rule) leaves the stored cart as it was.
/// </remarks>
[Actor(TypeName = CartActorType.Name)]
public sealed class CartActor : Actor, ICartActor
{
    /// <summary>The key the cart document is stored under.</summary>
    public const string StateName = "cart";

    /// <summary>How long an untouched cart is kept (10 hours, as the original's cart cache); renewed on every change.</summary>
    public static readonly TimeSpan StateTtl = TimeSpan.FromSeconds(36000);

    private readonly CartLineEditor _lines;
    private readonly SubtotalDiscounter _subtotalDiscounts;
    private readonly CartSettlement _settlement;
    private readonly PromotedRecalculation _recalculation;
    private readonly ICartPlugins _plugins;
    private readonly IPromotionContext _promotionContext;
    private readonly CartStateMachine _machine;
    private CartDocument? _cart;

    /// <summary>Created by the actor runtime with the hosting service's services.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="calculator">The cart calculation.</param>
    /// <param name="plugins">The configured sales plugins.</param>
    /// <param name="promotionContext">What the promotions read (active promotions, time).</param>
    /// <param name="logger">Where a failing promotion is reported.</param>
    /// <param name="stateManager">A state manager in place of the runtime's, for unit tests.</param>
    public CartActor(
        ActorHost host,
        CartCalculator calculator,
        ICartPlugins plugins,
        IPromotionContext promotionContext,
        ILogger<PromotedRecalculation> logger,
        IActorStateManager? stateManager = null)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        _lines = new CartLineEditor(calculator);
        _subtotalDiscounts = new SubtotalDiscounter(calculator);
        _settlement = new CartSettlement(calculator);
        _recalculation = new PromotedRecalculation(calculator, plugins.Promotions, logger);
        _plugins = plugins;
        _promotionContext = promotionContext ?? throw new ArgumentNullException(nameof(promotionContext));
        _machine = new CartStateMachine(
            () => _cart?.State ?? CartState.Initial,
            state => _cart = (_cart ?? throw new InvalidOperationException("No cart to move.")) with { State = state });
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    /// <inheritdoc />
    public Task<CartReply> CreateAsync(CreateCartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fresh = new CartDocument
        {
            CartId = Id.GetId(),
            TenantId = request.TenantId,
            StoreCode = request.StoreCode,
            StoreName = request.StoreName,
            TerminalNo = request.TerminalNo,
            BusinessDate = request.BusinessDate,
            OpenCounter = request.OpenCounter,
            BusinessCounter = request.BusinessCounter,
            User = request.User,
            Staff = request.Staff,
            State = CartState.Initial,
            Masters = new CartMasters { Taxes = request.Taxes, Settings = request.Settings },
        };
        return ChangeAsync(CartOperation.Create, static cart => ValueTask.FromResult(cart), recalculate: false, fresh);
    }

    /// <inheritdoc />
    public async Task<CartReply> GetAsync()
    {
        _cart = await LoadAsync();
        if (_cart is null)
        {
            return new() { Refusal = CartActorRefusals.NotFound(Id.GetId()) };
        }

        return _machine.Check(CartOperation.Get) is { } refusal
            ? new() { Refusal = CartActorRefusals.ByState(refusal) }
            : new() { Cart = _cart };
    }

    /// <inheritdoc />
    public Task<CartReply> AddItemsAsync(AddItemsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entries = request.Items.Select(i => new ItemEntry(i.Item, i.Quantity, i.UnitPrice)).ToArray();
        return ChangeAsync(CartOperation.AddItem, cart => ValueTask.FromResult(_lines.AddItems(cart, entries)));
    }

    /// <inheritdoc />
    public Task<CartReply> ChangeQuantityAsync(ChangeQuantityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(CartOperation.ChangeQuantity, cart => ValueTask.FromResult(_lines.ChangeQuantity(cart, request.LineNo, request.Quantity)));
    }

    /// <inheritdoc />
    public Task<CartReply> ChangeUnitPriceAsync(ChangeUnitPriceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(CartOperation.ChangeUnitPrice, cart => ValueTask.FromResult(_lines.ChangeUnitPrice(cart, request.LineNo, request.UnitPrice)));
    }

    /// <inheritdoc />
    public Task<CartReply> CancelLineAsync(CancelLineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(CartOperation.CancelLineItem, cart => ValueTask.FromResult(_lines.CancelLine(cart, request.LineNo)));
    }

    /// <inheritdoc />
    public Task<CartReply> AddLineDiscountsAsync(LineDiscountsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var discounts = Requested(request.Discounts);
        return ChangeAsync(CartOperation.AddLineDiscount, cart => ValueTask.FromResult(_lines.ReplaceLineDiscounts(cart, request.LineNo, discounts)));
    }

    /// <inheritdoc />
    public Task<CartReply> SubtotalAsync() =>
        ChangeAsync(CartOperation.Subtotal, static cart => ValueTask.FromResult(cart));

    /// <inheritdoc />
    public Task<CartReply> AddSubtotalDiscountsAsync(SubtotalDiscountsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var discounts = Requested(request.Discounts);
        return ChangeAsync(CartOperation.AddSubtotalDiscount, cart => ValueTask.FromResult(_subtotalDiscounts.Replace(cart, discounts)));
    }

    /// <inheritdoc />
    public Task<CartReply> AddPaymentsAsync(AddPaymentsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(CartOperation.AddPayment, async cart =>
        {
            foreach (var payment in request.Payments)
            {
                var plugin = _plugins.Payment(payment.Method.PaymentCode)
                    ?? throw CartActorRefusals.NoPaymentPlugin(payment.Method.PaymentCode);
                cart = await plugin.PayAsync(cart, new PaymentTender(payment.Method, payment.Amount, payment.Detail), CancellationToken.None);
            }

            return cart;
        });
    }

    /// <inheritdoc />
    public Task<CartReply> ResumeItemEntryAsync() =>
        ChangeAsync(CartOperation.ResumeItemEntry, cart => ValueTask.FromResult(_settlement.ClearPayments(cart)));

    /// <inheritdoc />
    public Task<CartReply> CancelAsync() =>
        ChangeAsync(CartOperation.Cancel, static cart => ValueTask.FromResult(cart), recalculate: false);

    private static RequestedDiscount[] Requested(IReadOnlyList<CartDiscountEntry> discounts) =>
        [.. discounts.Select(d => new RequestedDiscount(d.DiscountType, d.DiscountValue, d.DiscountDetail))];

    // Load, check, apply, recalculate, move, save: the one path of every change.
    private async Task<CartReply> ChangeAsync(
        CartOperation operation, Func<CartDocument, ValueTask<CartDocument>> rule, bool recalculate = true, CartDocument? fresh = null)
    {
        _cart = await LoadAsync() ?? fresh;
        if (_cart is null)
        {
            return new() { Refusal = CartActorRefusals.NotFound(Id.GetId()) };
        }

        if (_machine.Check(operation) is { } refusal)
        {
            return new() { Refusal = CartActorRefusals.ByState(refusal) };
        }

        try
        {
            var changed = await rule(_cart);

            // As the original, every change of the lines or the money re-runs the promotions.
            _cart = recalculate ? await _recalculation.RecalculateAsync(changed, _promotionContext, CancellationToken.None) : changed;
        }
        catch (CartRuleException ex)
        {
            return new() { Refusal = CartActorRefusals.ByRule(ex, _cart.State) };
        }

        _machine.Fire(operation);
        await StateManager.SetStateAsync(StateName, _cart, StateTtl);
        await StateManager.SaveStateAsync();
        return new() { Cart = _cart };
    }

    private async Task<CartDocument?> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<CartDocument>(StateName);
        return stored.HasValue ? stored.Value : null;
    }
}
