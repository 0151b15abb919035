using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>
/// Sales billed and carts cancelled through the cart endpoints, and the transactions they leave
/// read, listed, voided and returned through the transaction endpoints of the same service.
/// </summary>
public sealed class CartBillTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    private static readonly object[] Cash1100 = [new { paymentCode = "01", amount = 1100 }];

    [Fact]
    public async Task A_paid_sale_is_billed_completed_numbered_and_rendered()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await PaidSaleAsync(pos);

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/bill");
        var billed = envelope.GetProperty("data");

        Assert.True(status == HttpStatusCode.OK, envelope.ToString());
        Assert.Equal(($"Bill processed. cart_id: {cartId}", "bill"), (envelope.GetProperty("message").GetString(), envelope.GetProperty("operation").GetString()));
        Assert.Equal("Completed", billed.GetProperty("cartStatus").GetString());
        Assert.True(billed.GetProperty("transactionNo").GetInt32() > 0, billed.ToString());
        Assert.True(billed.GetProperty("receiptNo").GetInt32() > 0, billed.ToString());
        Assert.False(string.IsNullOrWhiteSpace(billed.GetProperty("receiptText").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(billed.GetProperty("journalText").GetString()));
        Assert.Equal(billed.GetRawText(), await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task A_retried_bill_answers_the_same_transaction()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await PaidSaleAsync(pos);

        var first = await pos.CartAsync(HttpMethod.Post, cartId, "/bill");
        var again = await pos.CartAsync(HttpMethod.Post, cartId, "/bill");
        var next = await BillAsync(pos, await PaidSaleAsync(pos));

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(first.GetProperty("transactionNo").GetInt32() + 1, next.GetProperty("transactionNo").GetInt32());
        Assert.Equal([first.GetProperty("transactionNo").GetInt32(), next.GetProperty("transactionNo").GetInt32()], await ListedAsync(pos, string.Empty));
    }

    [Fact]
    public async Task Bill_is_refused_while_balance_is_due_and_leaves_the_cart_as_it_was()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        var before = (await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "01", amount = 500 } })).GetRawText();

        var (status, refused) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/bill");

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        Assert.False(refused.GetProperty("success").GetBoolean());
        Assert.Equal(CartErrorCodes.BalanceGreaterThanZero, refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Contains("balanceAmount", Json.ErrorFields(refused));
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
        Assert.Empty(await ListedAsync(pos, "?include_cancelled=true"));
    }

    [Fact]
    public async Task The_billed_transaction_is_read_and_listed_with_the_carts_totals()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var billed = await BillAsync(pos, await PaidSaleAsync(pos));
        var transactionNo = billed.GetProperty("transactionNo").GetInt32();

        var (status, envelope) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{transactionNo}");
        var transaction = envelope.GetProperty("data");

        Assert.True(status == HttpStatusCode.OK, envelope.ToString());
        // As the original's transaction view: its total is the cart's total with tax, its subtotal the cart's total.
        Assert.Equal(
            (billed.GetProperty("receiptNo").GetInt32(), 101, billed.GetProperty("totalAmount").GetDecimal(), 1100m, 1100m, 100m, 1),
            (transaction.GetProperty("receiptNo").GetInt32(), transaction.GetProperty("transactionType").GetInt32(),
                transaction.GetProperty("subtotalAmount").GetDecimal(), transaction.GetProperty("totalAmount").GetDecimal(), transaction.GetProperty("totalAmountWithTax").GetDecimal(),
                transaction.GetProperty("taxes")[0].GetProperty("taxAmount").GetDecimal(), transaction.GetProperty("totalQuantity").GetInt32()));
        Assert.Equal("A", transaction.GetProperty("lineItems")[0].GetProperty("itemCode").GetString());
        Assert.Equal(("01", 1100m), (
            transaction.GetProperty("payments")[0].GetProperty("paymentCode").GetString(),
            transaction.GetProperty("payments")[0].GetProperty("paymentAmount").GetDecimal()));
        Assert.Equal(billed.GetProperty("receiptText").GetString(), transaction.GetProperty("receiptText").GetString());
        Assert.Equal([transactionNo], await ListedAsync(pos, string.Empty));
    }

    [Fact]
    public async Task A_billed_sale_is_voided_once_with_matching_payments()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var saleNo = (await BillAsync(pos, await PaidSaleAsync(pos))).GetProperty("transactionNo").GetInt32();

        var (mismatch, mismatchBody) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/void", new[] { new { paymentCode = "01", amount = 1000 } });
        var (status, voidBody) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/void", Cash1100);
        var (again, againBody) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/void", Cash1100);
        var voidNo = voidBody.GetProperty("data").GetProperty("transactionNo").GetInt32();
        var (_, voidRead) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{voidNo}");
        var (_, saleRead) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{saleNo}");

        Assert.Equal(HttpStatusCode.BadRequest, mismatch);
        Assert.False(mismatchBody.GetProperty("success").GetBoolean());
        Assert.True(status == HttpStatusCode.OK, voidBody.ToString());
        Assert.Equal((201, saleNo + 1), (voidBody.GetProperty("data").GetProperty("transactionType").GetInt32(), voidNo));
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("403005", againBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal((201, 1100m), (
            voidRead.GetProperty("data").GetProperty("transactionType").GetInt32(),
            voidRead.GetProperty("data").GetProperty("totalAmountWithTax").GetDecimal()));
        Assert.True(saleRead.GetProperty("data").GetProperty("status").GetProperty("isVoided").GetBoolean());
        Assert.Equal([saleNo, voidNo], await ListedAsync(pos, string.Empty));
    }

    [Fact]
    public async Task A_billed_sale_is_returned_once_with_matching_payments()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var saleNo = (await BillAsync(pos, await PaidSaleAsync(pos))).GetProperty("transactionNo").GetInt32();

        var (mismatch, _) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/return", new[] { new { paymentCode = "01", amount = 1000 } });
        var (status, returnBody) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/return", Cash1100);
        Assert.True(status == HttpStatusCode.OK, returnBody.ToString());
        var (again, againBody) = await SendAsUserAsync(pos, HttpMethod.Post, $"/{saleNo}/return", Cash1100);
        var returnNo = returnBody.GetProperty("data").GetProperty("transactionNo").GetInt32();
        var (_, returnRead) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{returnNo}");
        var (_, saleRead) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{saleNo}");

        Assert.Equal(HttpStatusCode.BadRequest, mismatch);
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("403006", againBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal((102, 1100m), (
            returnRead.GetProperty("data").GetProperty("transactionType").GetInt32(),
            returnRead.GetProperty("data").GetProperty("totalAmountWithTax").GetDecimal()));
        Assert.True(saleRead.GetProperty("data").GetProperty("status").GetProperty("isRefunded").GetBoolean());
    }

    [Fact]
    public async Task A_cancelled_cart_records_a_cancelled_log_and_refuses_further_changes()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 2 } });

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/cancel");
        var cancelled = envelope.GetProperty("data");
        var transactionNo = cancelled.GetProperty("transactionNo").GetInt32();
        var (_, read) = await SendAsUserAsync(pos, HttpMethod.Get, $"/{transactionNo}");
        var (refusedStatus, refused) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        var (billStatus, _) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/bill");

        Assert.True(status == HttpStatusCode.OK, envelope.ToString());
        Assert.Equal(("Cancelled", "cancel_transaction"), (cancelled.GetProperty("cartStatus").GetString(), envelope.GetProperty("operation").GetString()));
        Assert.True(transactionNo > 0, cancelled.ToString());
        Assert.True(read.GetProperty("data").GetProperty("status").GetProperty("isCancelled").GetBoolean(), read.ToString());
        Assert.Equal(2200m, read.GetProperty("data").GetProperty("totalAmountWithTax").GetDecimal());
        Assert.Empty(await ListedAsync(pos, string.Empty));
        Assert.Equal([transactionNo], await ListedAsync(pos, "?include_cancelled=true"));
        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Equal("300004", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, billStatus);
        Assert.Equal(cancelled.GetRawText(), await pos.ReadBackAsync(cartId));
    }

    // One A (1000 + 10 % external tax) paid 1100 in cash: ready to bill.
    private static async Task<string> PaidSaleAsync(PosDevice pos)
    {
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        await pos.CartAsync(HttpMethod.Post, cartId, "/payments", Cash1100);
        return cartId;
    }

    private static Task<JsonElement> BillAsync(PosDevice pos, string cartId) => pos.CartAsync(HttpMethod.Post, cartId, "/bill");

    // The transactions of the device's terminal, as the tenant's user reads them.
    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsUserAsync(PosDevice pos, HttpMethod method, string rest, object? body = null)
    {
        var tenant = pos.TerminalId[..pos.TerminalId.IndexOf('-', StringComparison.Ordinal)];
        using var response = await pos.Cart.SendAsync(method, $"/api/v1/tenants/{tenant}/stores/S01/terminals/1/transactions{rest}", body, pos.Cart.UserToken(tenant));
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    private static async Task<int[]> ListedAsync(PosDevice pos, string query)
    {
        var (status, body) = await SendAsUserAsync(pos, HttpMethod.Get, query);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return [.. body.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("transactionNo").GetInt32()).Order()];
    }
}
