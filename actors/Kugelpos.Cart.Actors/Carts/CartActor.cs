using System.Globalization;
using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.StateMachine;
using Kugelpos.Cart.Actors.Transactions;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>
/// One cart: a thin shell that loads the document, asks the state machine, applies the rule, runs
/// the promoted recalculation, moves the state and saves the document with its TTL renewed.
/// </summary>
/// <remarks>
/// The rules return new documents and the document is set in the state manager only after all of
/// them succeeded, so a refusal (by the state or by a rule) leaves the stored cart as it was.
/// Bill and cancel close the cart with a transaction log: the terminal actor numbers it (keyed by
/// the cart id), the cart is saved numbered with its log pending (<see cref="CartPendingLog"/>),
/// the transaction actor records and publishes the log once, and the cart is saved closed. A retry
/// after a crash at any step finishes the same log with the same numbers and event id.
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
    public Task<CartReply> BillAsync() =>
        CloseAsync(CartLogKind.Bill, async cart =>
        {
            // As the original, the bill recalculates with the promotions before it checks the balance.
            var recalculated = await _recalculation.RecalculateAsync(cart, _promotionContext, CancellationToken.None);
            return _settlement.PrepareBill(recalculated);
        });

    /// <inheritdoc />
    public Task<CartReply> CancelAsync() =>
        CloseAsync(CartLogKind.Cancel, cart => ValueTask.FromResult(_settlement.PrepareCancel(cart)));

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

        if (_cart.PendingLog is { } pending)
        {
            return new() { Refusal = CartActorRefusals.LogUnderWay(pending, _cart) };
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
        await SaveAsync();
        return new() { Cart = _cart };
    }

    // Bill and cancel: prepare the cart, number it, save it with its log pending, record the log, close.
    // The numbers are keyed by the cart id, so a crash before the save gets the same numbers again;
    // after the save a retry records the saved log, which the transaction actor stores only once.
    private async Task<CartReply> CloseAsync(CartLogKind kind, Func<CartDocument, ValueTask<CartDocument>> prepare)
    {
        var operation = kind == CartLogKind.Bill ? CartOperation.Bill : CartOperation.Cancel;
        var closed = kind == CartLogKind.Bill ? CartState.Completed : CartState.Cancelled;
        _cart = await LoadAsync();
        if (_cart is null)
        {
            return new() { Refusal = CartActorRefusals.NotFound(Id.GetId()) };
        }

        if (_cart.State == closed && _cart.TransactionNo is not null)
        {
            // A retry of the finished bill or cancel (its answer lost on the way) answers the same transaction.
            return new() { Cart = _cart };
        }

        if (_machine.Check(operation) is { } refusal)
        {
            return new() { Refusal = CartActorRefusals.ByState(refusal) };
        }

        var pending = _cart.PendingLog;
        if (pending is not null && pending.Kind != kind)
        {
            return new() { Refusal = CartActorRefusals.LogUnderWay(pending, _cart) };
        }

        if (pending is null)
        {
            CartDocument prepared;
            try
            {
                prepared = await prepare(_cart);
            }
            catch (CartRuleException ex)
            {
                return new() { Refusal = CartActorRefusals.ByRule(ex, _cart.State) };
            }

            var numbers = await TerminalOf(_cart).NextTransactionNumbersAsync(new TransactionNumbersRequest
            {
                ReceiptRange = ReceiptSettings.Range(_cart),
                Key = _cart.CartId,
            });
            if (numbers.Numbers is not { } given)
            {
                return new() { Refusal = CartActorRefusals.ByTerminal(numbers.Refusal, _cart.State) };
            }

            pending = new CartPendingLog { Kind = kind, EventId = Guid.NewGuid() };
            _cart = CartLogs.Numbered(prepared, given) with { GenerateDateTime = _promotionContext.Time.GetUtcNow(), PendingLog = pending };
            await SaveAsync();
        }

        var log = await TransactionReceipts.RenderAsync(_plugins.Receipt, CartLogs.Log(_cart, pending), CancellationToken.None);
        var recorded = await new TransactionActorClient(ProxyFactory).RecordAsync(log);
        var stored = recorded.Log
            ?? throw new InvalidOperationException($"Cart {_cart.CartId}: recording transaction {log.TransactionNo} was refused: {recorded.Refusal?.Message}");
        _cart = _cart with { ReceiptText = stored.ReceiptText, JournalText = stored.JournalText, PendingLog = null };
        _machine.Fire(operation);
        await SaveAsync();
        return new() { Cart = _cart };
    }

    private ITerminalActor TerminalOf(CartDocument cart) =>
        ProxyFactory.CreateActorProxy<ITerminalActor>(
            new ActorId(string.Create(CultureInfo.InvariantCulture, $"{cart.TenantId}-{cart.StoreCode}-{cart.TerminalNo}")),
            TerminalActorType.Name);

    // Saved with the TTL renewed, before answering.
    private async Task SaveAsync()
    {
        await StateManager.SetStateAsync(StateName, _cart, StateTtl);
        await StateManager.SaveStateAsync();
    }

    private async Task<CartDocument?> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<CartDocument>(StateName);
        return stored.HasValue ? stored.Value : null;
    }
}
