using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Carts;
using Kugelpos.Cart.Actors.Tests.Plugins;
using Kugelpos.Cart.Actors.Tests.Support;
using Kugelpos.Cart.Actors.Transactions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Transactions;

/// <summary>Voids and returns of a billed sale carry the receipt plugin's texts, as the original's.</summary>
public class TransactionReceiptTests
{
    private static readonly TransactionKey Sale = new("T9999", "5678", 9, 1);
    private readonly FailingReceipt _receipt = new();
    private readonly CartActorFixture _fixture;

    public TransactionReceiptTests()
    {
        _fixture = new CartActorFixture { Plugins = new StandardCartPlugins { Receipt = _receipt } };
        _fixture.Neighbours.Plugins = _fixture.Plugins;
    }

    [Theory]
    [InlineData(ReversalKind.Void, TransactionType.VoidSales, "【 売上取消伝票 】")]
    [InlineData(ReversalKind.Return, TransactionType.ReturnSales, "【 返 品 伝 票 】")]
    public async Task A_void_or_return_of_a_billed_sale_is_logged_with_the_receipt_plugins_texts(ReversalKind kind, TransactionType type, string title)
    {
        await BillSaleAsync();
        var request = new ReversalRequest { TerminalId = "T9999-5678-9", Payments = [new ReversalPayment { PaymentCode = "01", Amount = 220m }] };

        var reply = kind == ReversalKind.Void
            ? await _fixture.Neighbours.TransactionActor(Sale).VoidAsync(request)
            : await _fixture.Neighbours.TransactionActor(Sale).ReturnAsync(request);

        var reversal = Assert.IsType<TransactionLog>(reply.Log);
        Assert.Equal((type, 2), (reversal.TransactionType, reversal.TransactionNo));
        var rendered = await _receipt.RenderAsync(reversal with { ReceiptText = null, JournalText = null }, CancellationToken.None);
        Assert.Equal((rendered.ReceiptText, rendered.JournalText), (reversal.ReceiptText, reversal.JournalText));
        Assert.Contains(title, reversal.JournalText, StringComparison.Ordinal);

        // The reversal keeps the sale's receipt settings, so its slip prints the same header and invoice number.
        Assert.Contains("事業者登録番号 T1234567890123", reversal.JournalText, StringComparison.Ordinal);
        var stored = await _fixture.Neighbours.Transactions.FindAsync(TransactionKey.Of(reversal));
        Assert.Equal(reversal.JournalText, stored?.Log.JournalText);
    }

    [Fact]
    public async Task Without_a_receipt_plugin_a_void_is_logged_without_texts()
    {
        await BillSaleAsync();
        _fixture.Neighbours.Plugins = null;

        var reply = await _fixture.Neighbours.TransactionActor(Sale).VoidAsync(
            new ReversalRequest { TerminalId = "T9999-5678-9", Payments = [new ReversalPayment { PaymentCode = "01", Amount = 220m }] });

        Assert.Equal(TransactionType.VoidSales, reply.Log?.TransactionType);
        Assert.Null(reply.Log?.JournalText);
    }

    private async Task BillSaleAsync()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create with { Settings = CartBillTests.ReceiptSettings });
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 2 }] });
        await _fixture.Activate().SubtotalAsync();
        await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 220m }] });
        var billed = await _fixture.Activate().BillAsync();
        Assert.Equal(Sale.TransactionNo, billed.Cart?.TransactionNo);
    }
}
