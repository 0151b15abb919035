using System.Text.Json;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Plugins;
using Kugelpos.Cart.Actors.Tests.Support;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Carts;

public class CartBillTests
{
    private readonly FailingReceipt _receipt = new();
    private readonly CartActorFixture _fixture;

    public CartBillTests() => _fixture = new CartActorFixture { Plugins = new StandardCartPlugins { Receipt = _receipt } };

    /// <summary>The store's receipt settings, each resolved a different way (terminal, store, default value).</summary>
    internal static IReadOnlyList<SettingMaster> ReceiptSettings { get; } =
    [
        new() { Name = "RECEIPT_NO_START_VALUE", DefaultValue = "1", Values = [new SettingValue("5678", 9, "1000"), new SettingValue("5678", null, "5000")] },
        new() { Name = "RECEIPT_NO_END_VALUE", DefaultValue = "1999" },
        new() { Name = "INVOICE_REGISTRATION_NUMBER", Values = [new SettingValue(null, null, "T0000000000000"), new SettingValue("5678", null, "T1234567890123")] },

        // As Python tools store it: single quotes; the bare 7 is no line and is left out.
        new() { Name = "RECEIPT_HEADERS", DefaultValue = "[{'text': 'Kugel Store', 'align': 'center'}, {'align': 'right'}, 7]" },
        new() { Name = "RECEIPT_FOOTERS", DefaultValue = """[{"text": "Thank you", "align": "middle"}]""" },
    ];

    [Fact]
    public async Task A_whole_sale_billed_is_numbered_by_the_terminal_and_logged_once_with_hand_checked_fields()
    {
        await SaleInPaymentAsync(cash: 1000m);

        var reply = await _fixture.Activate().BillAsync();

        var cart = Assert.IsType<CartDocument>(reply.Cart);
        var log = Assert.Single(await StoredLogsAsync());

        // The terminal numbered it under the cart's id, in the range the terminal's own setting gives.
        Assert.Equal(["T9999-5678-9"], _fixture.Neighbours.TerminalIds);
        var asked = Assert.Single(_fixture.Neighbours.Terminal.Requests);
        Assert.Equal((CartActorFixture.CartId, 1000, 1999), (asked.Key, asked.ReceiptRange.Start, asked.ReceiptRange.End));

        // Identity and numbers: the cart's store and business date, the terminal's numbers, counters and staff now.
        Assert.Equal(("T9999", "5678", "Test store", 9), (log.TenantId, log.StoreCode, log.StoreName, log.TerminalNo));
        Assert.Equal((1, 1000, TransactionType.NormalSales), (log.TransactionNo, log.ReceiptNo, log.TransactionType));
        Assert.Equal((new DateOnly(2026, 11, 30), 2, 5), (log.BusinessDate, log.OpenCounter, log.BusinessCounter));
        Assert.Equal(_fixture.Time.GetUtcNow(), log.GenerateDateTime);
        Assert.Equal(("S002", "Suzuki"), (log.Staff?.Id, log.Staff?.Name));
        Assert.Equal("admin", log.User?.Id);

        // 100 x 2 - 20 = 180, + 300 = 480; external 10 %: 48; 528 paid with 1000 in cash: change 472.
        Assert.Equal([180m, 300m], log.LineItems.Select(l => l.Amount));
        Assert.Equal((480m, 48m, 528m, 472m), (log.Sales!.TotalAmount, log.Sales.TaxAmount, log.Sales.TotalAmountWithTax, log.Sales.ChangeAmount));
        Assert.False(log.Sales.IsCancelled);
        Assert.False(log.Sales.IsStampDutyApplied);
        var tax = Assert.Single(log.Taxes);
        Assert.Equal(("01", 480m, 48m), (tax.TaxCode, tax.TargetAmount, tax.TaxAmount));
        var payment = Assert.Single(log.Payments);
        Assert.Equal(("01", 1000m, 528m), (payment.PaymentCode, payment.DepositAmount, payment.Amount));

        // The settings the receipt prints, carried in additional_info as the original.
        var info = log.AdditionalInfo!;
        Assert.Equal("T1234567890123", info["invoice_registration_number"].GetString());
        Assert.Equal("""[{"text":"Kugel Store","align":"center"},{"text":"","align":"right"}]""", info["receipt_headers"].GetRawText());
        Assert.Equal("""[{"text":"Thank you","align":"left"}]""", info["receipt_footers"].GetRawText());

        // The texts are the receipt plugin's, rendered from this very log.
        var rendered = await _receipt.RenderAsync(log with { ReceiptText = null, JournalText = null }, CancellationToken.None);
        Assert.Equal((rendered.ReceiptText, rendered.JournalText), (log.ReceiptText, log.JournalText));
        Assert.Contains("【 領 収 証 】", log.JournalText, StringComparison.Ordinal);
        Assert.Contains("レシートNo. 1000", log.JournalText, StringComparison.Ordinal);
        Assert.Contains("事業者登録番号 T1234567890123", log.JournalText, StringComparison.Ordinal);

        // The cart: completed with the log's numbers, staff and texts, nothing pending.
        Assert.Equal((CartState.Completed, 1, 1000), (cart.State, cart.TransactionNo, cart.ReceiptNo));
        Assert.Equal("S002", cart.Staff?.Id);
        Assert.Equal((log.ReceiptText, log.JournalText), (cart.ReceiptText, cart.JournalText));
        Assert.Null(cart.PendingLog);
        Assert.Equal(JsonSerializer.Serialize(cart), JsonSerializer.Serialize((await _fixture.Activate().GetAsync()).Cart));

        // Published once, for report, journal and stock.
        var outbound = Assert.Single(await _fixture.Neighbours.Outbox(TransactionKey.Of(log)).PendingAsync());
        Assert.Equal((log.EventId, EventChannels.TranlogTopic), (outbound.EventId, outbound.Topic));
        Assert.NotEqual(Guid.Empty, log.EventId);
    }

    [Fact]
    public async Task A_retried_bill_of_a_completed_cart_answers_the_same_transaction_and_numbers_nothing_more()
    {
        await SaleInPaymentAsync(cash: 1000m);
        var first = await _fixture.Activate().BillAsync();
        var saves = _fixture.State.SaveCount;

        var again = await _fixture.Activate().BillAsync();

        Assert.Null(again.Refusal);
        Assert.Equal(JsonSerializer.Serialize(first.Cart), JsonSerializer.Serialize(again.Cart));
        Assert.Equal(1, _fixture.Neighbours.Terminal.Consumed);
        Assert.Single(_fixture.Neighbours.Terminal.Requests);
        Assert.Equal(1, _fixture.Neighbours.Transactions.Count);
        Assert.Equal(saves, _fixture.State.SaveCount);
    }

    [Fact]
    public async Task A_billed_cart_refuses_a_cancel_and_a_cancelled_cart_refuses_a_bill_both_left_as_stored()
    {
        await SaleInPaymentAsync(cash: 1000m);
        await _fixture.Activate().BillAsync();
        var billed = _fixture.StoredJson();

        var cancel = await _fixture.Activate().CancelAsync();

        Assert.Equal((400, CartState.Completed, "Cancel"), (cancel.Refusal?.StatusCode, cancel.Refusal?.State, cancel.Refusal?.Operation));
        Assert.Equal(billed, _fixture.StoredJson());

        var other = new CartActorFixture();
        await other.Activate().CreateAsync(CartActorFixture.Create);
        await other.Activate().CancelAsync();
        var cancelled = other.StoredJson();

        var bill = await other.Activate().BillAsync();

        Assert.Equal((400, CartState.Cancelled, "Bill"), (bill.Refusal?.StatusCode, bill.Refusal?.State, bill.Refusal?.Operation));
        Assert.Equal(cancelled, other.StoredJson());
        Assert.Equal(1, other.Neighbours.Terminal.Consumed);
    }

    [Fact]
    public async Task Bill_is_refused_while_balance_is_due_naming_the_field_and_the_cart_is_left_as_stored()
    {
        await SaleInPaymentAsync(cash: 500m);
        var before = _fixture.StoredJson();

        var reply = await _fixture.Activate().BillAsync();

        Assert.Null(reply.Cart);
        Assert.Equal((406, CartErrorCodes.BalanceGreaterThanZero, "balanceAmount", CartState.Paying), (reply.Refusal?.StatusCode, reply.Refusal?.ErrorCode, reply.Refusal?.Field, reply.Refusal?.State));
        Assert.Equal(before, _fixture.StoredJson());
        Assert.Empty(_fixture.Neighbours.Terminal.Requests);
        Assert.Equal(0, _fixture.Neighbours.Transactions.Count);
    }

    [Theory]
    [InlineData(TerminalRefusalCode.NotOpened, CartErrorCodes.TerminalStatusError, "terminal_id")]
    [InlineData(TerminalRefusalCode.NotSignedIn, CartErrorCodes.SignInOutError, "terminal_id")]
    [InlineData(TerminalRefusalCode.InvalidRequest, CartErrorCodes.ValidationError, "receiptRange")]
    public async Task A_bill_the_terminal_will_not_number_is_refused_with_its_reason_and_the_cart_is_left_as_stored(
        TerminalRefusalCode code, string errorCode, string field)
    {
        await SaleInPaymentAsync(cash: 1000m);
        var before = _fixture.StoredJson();
        _fixture.Neighbours.Terminal.Refusal = new TerminalRefusal { Code = code, Status = TerminalStatus.Closed, Message = "The terminal refused.", Field = "receiptRange" };

        var reply = await _fixture.Activate().BillAsync();

        Assert.Equal((400, errorCode, field, "The terminal refused."), (reply.Refusal?.StatusCode, reply.Refusal?.ErrorCode, reply.Refusal?.Field, reply.Refusal?.Message));
        Assert.Equal(before, _fixture.StoredJson());
        Assert.Equal(0, _fixture.Neighbours.Transactions.Count);
    }

    [Fact]
    public async Task Without_receipt_settings_the_original_default_range_is_used_and_additional_info_is_empty()
    {
        await SaleInPaymentAsync(cash: 1000m, settings: []);

        await _fixture.Activate().BillAsync();

        var asked = Assert.Single(_fixture.Neighbours.Terminal.Requests);
        Assert.Equal((111111, 999999), (asked.ReceiptRange.Start, asked.ReceiptRange.End));
        Assert.Empty(Assert.Single(await StoredLogsAsync()).AdditionalInfo!);
    }

    [Fact]
    public async Task A_cancel_logs_the_sale_flagged_cancelled_with_its_own_numbers_and_a_retry_answers_the_same()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create with { Settings = ReceiptSettings });
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 2 }] });

        var reply = await _fixture.Activate().CancelAsync();
        var again = await _fixture.Activate().CancelAsync();

        var cart = Assert.IsType<CartDocument>(reply.Cart);
        var log = Assert.Single(await StoredLogsAsync());
        Assert.Equal((CartState.Cancelled, 1, 1000), (cart.State, cart.TransactionNo, cart.ReceiptNo));
        Assert.True(cart.Sales.IsCancelled);

        // As the original: a normal-sale log whose sales say cancelled (the journal shows it as -101).
        Assert.Equal((TransactionType.NormalSales, true), (log.TransactionType, log.Sales?.IsCancelled));
        Assert.Equal((1, 1000, 220m), (log.TransactionNo, log.ReceiptNo, log.Sales?.TotalAmountWithTax));
        Assert.Contains("【 取 引 中 止 】", log.JournalText, StringComparison.Ordinal);
        Assert.Equal(log.JournalText, cart.JournalText);
        Assert.Single(await _fixture.Neighbours.Outbox(TransactionKey.Of(log)).PendingAsync());

        Assert.Equal(JsonSerializer.Serialize(cart), JsonSerializer.Serialize(again.Cart));
        Assert.Equal(1, _fixture.Neighbours.Terminal.Consumed);
    }

    [Fact]
    public async Task An_idle_cart_cancelled_logs_an_empty_cancelled_sale()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);

        var reply = await _fixture.Activate().CancelAsync();

        Assert.Equal(CartState.Cancelled, reply.Cart?.State);
        var log = Assert.Single(await StoredLogsAsync());
        Assert.Equal((true, 0m), (log.Sales?.IsCancelled, log.Sales?.TotalAmountWithTax));
        Assert.Empty(log.LineItems);
    }

    [Fact]
    public async Task A_cancel_the_terminal_will_not_number_is_refused_and_the_cart_is_left_as_stored()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        var before = _fixture.StoredJson();
        _fixture.Neighbours.Terminal.Refusal = new TerminalRefusal { Code = TerminalRefusalCode.NotOpened, Status = TerminalStatus.Closed, Message = "closed" };

        var reply = await _fixture.Activate().CancelAsync();

        Assert.Equal((400, CartErrorCodes.TerminalStatusError, CartState.Idle), (reply.Refusal?.StatusCode, reply.Refusal?.ErrorCode, reply.Refusal?.State));
        Assert.Equal(before, _fixture.StoredJson());
    }

    private async Task SaleInPaymentAsync(decimal cash, IReadOnlyList<SettingMaster>? settings = null)
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create with { Settings = settings ?? ReceiptSettings });
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest
        {
            Items =
            [
                new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 2 },
                new CartItemEntry { Item = TestCarts.Item("B", 300m), Quantity = 1 },
            ],
        });
        await _fixture.Activate().AddLineDiscountsAsync(new LineDiscountsRequest
        {
            LineNo = 1,
            Discounts = [new CartDiscountEntry { DiscountType = DiscountTypes.Amount, DiscountValue = 20m }],
        });
        await _fixture.Activate().SubtotalAsync();
        await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = cash }] });
    }

    private async Task<IReadOnlyList<TransactionLog>> StoredLogsAsync()
    {
        var logs = new List<TransactionLog>();
        for (var number = 1; number <= _fixture.Neighbours.Terminal.Consumed; number++)
        {
            if (await _fixture.Neighbours.Transactions.FindAsync(new TransactionKey("T9999", "5678", 9, number)) is { } stored)
            {
                logs.Add(stored.Log);
            }
        }

        return logs;
    }
}
