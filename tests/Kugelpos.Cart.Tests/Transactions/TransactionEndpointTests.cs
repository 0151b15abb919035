using System.Net;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Contracts;
using static Kugelpos.Cart.Tests.Transactions.TransactionSystem;

namespace Kugelpos.Cart.Tests.Transactions;

public class TransactionEndpointTests(TransactionSystem system) : IClassFixture<TransactionSystem>
{
    private static int[] Numbers(JsonElement body) =>
        [.. body.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("transactionNo").GetInt32())];

    [Fact]
    public async Task The_list_is_newest_first_paged_and_leaves_out_cancelled_sales_unless_asked()
    {
        var tenant = await system.NewTenantAsync();
        for (var no = 1; no <= 5; no++)
        {
            await system.RecordSaleAsync(tenant, no, cancelled: no == 3);
        }

        var (status, body) = await system.SendAsync(HttpMethod.Get, Path(tenant), system.UserToken(tenant));
        var (_, page2) = await system.SendAsync(HttpMethod.Get, Path(tenant, "?limit=2&page=2&include_cancelled=true"), system.UserToken(tenant));
        var (_, ascending) = await system.SendAsync(HttpMethod.Get, Path(tenant, "?sort=transaction_no:1&include_cancelled=true"), system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([5, 4, 2, 1], Numbers(body));
        Assert.Equal(4, body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal([3, 2], Numbers(page2));
        Assert.Equal([1, 2, 3, 4, 5], Numbers(ascending));
    }

    [Fact]
    public async Task The_list_filters_by_type_receipt_business_date_and_open_counter()
    {
        var tenant = await system.NewTenantAsync();
        await system.RecordSaleAsync(tenant, 1);
        await system.RecordSaleAsync(tenant, 2, TransactionType.ReturnSales, openCounter: 2);
        await system.RecordSaleAsync(tenant, 3, businessDate: new DateOnly(2026, 12, 1));

        var token = system.UserToken(tenant);
        var byType = Numbers((await system.SendAsync(HttpMethod.Get, Path(tenant, "?transaction_type=102"), token)).Body);
        var byTypesAndDate = Numbers((await system.SendAsync(HttpMethod.Get, Path(tenant, "?transaction_type=102&transaction_type=101&business_date=20261130"), token)).Body);
        var byReceipt = Numbers((await system.SendAsync(HttpMethod.Get, Path(tenant, "?receipt_no=103"), token)).Body);
        var byOpenCounter = Numbers((await system.SendAsync(HttpMethod.Get, Path(tenant, "?open_counter=2"), token)).Body);

        Assert.Equal([2], byType);
        Assert.Equal([2, 1], byTypesAndDate);
        Assert.Equal([3], byReceipt);
        Assert.Equal([2], byOpenCounter);
    }

    [Theory]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?page=0", "page")]
    [InlineData("?sort=nothing:1", "sort")]
    public async Task A_bad_paging_parameter_is_a_422_naming_it(string query, string field)
    {
        var tenant = await system.NewTenantAsync();

        var (status, body) = await system.SendAsync(HttpMethod.Get, Path(tenant, query), system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(field, body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_is_read_with_its_lines_payments_and_status()
    {
        var tenant = await system.NewTenantAsync();
        await system.RecordSaleAsync(tenant, 1);

        var (status, body) = await system.SendAsync(HttpMethod.Get, Path(tenant, "/1"), system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        Assert.Equal(1100m, data.GetProperty("totalAmountWithTax").GetDecimal());
        Assert.Equal("Tea", data.GetProperty("lineItems")[0].GetProperty("itemName").GetString());
        Assert.Equal("Cash", data.GetProperty("payments")[0].GetProperty("paymentName").GetString());
        Assert.Equal("20261130", data.GetProperty("businessDate").GetString());
        Assert.False(data.GetProperty("status").GetProperty("isVoided").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_transaction_is_a_404_and_another_tenants_is_refused()
    {
        var tenant = await system.NewTenantAsync();
        var other = await system.NewTenantAsync();
        await system.RecordSaleAsync(other, 1);

        var (missing, missingBody) = await system.SendAsync(HttpMethod.Get, Path(tenant, "/9"), system.UserToken(tenant));
        var (foreign, foreignBody) = await system.SendAsync(HttpMethod.Get, Path(other, "/1"), system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("transaction_no", Json.ErrorFields(missingBody));
        Assert.Equal(HttpStatusCode.Forbidden, foreign);
        Assert.False(foreignBody.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Recording_a_log_twice_stores_it_once_and_answers_the_first()
    {
        var tenant = await system.NewTenantAsync();
        var first = await system.RecordSaleAsync(tenant, 1);

        var again = await system.Transactions.RecordAsync(first with { EventId = Guid.NewGuid(), ReceiptNo = 999 });

        Assert.Equal(first.EventId, again.Log?.EventId);
        var (_, body) = await system.SendAsync(HttpMethod.Get, Path(tenant), system.UserToken(tenant));
        Assert.Equal([1], Numbers(body));
    }

    [Fact]
    public async Task A_void_makes_a_201_with_new_numbers_and_marks_the_sale_voided()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var data = body.GetProperty("data");
        Assert.Equal(201, data.GetProperty("transactionType").GetInt32());
        Assert.Equal(1, data.GetProperty("transactionNo").GetInt32());
        var (_, sale) = await system.SendAsync(HttpMethod.Get, Path(tenant, "/501"), system.UserToken(tenant));
        Assert.True(sale.GetProperty("data").GetProperty("status").GetProperty("isVoided").GetBoolean());
    }

    [Fact]
    public async Task A_void_takes_its_receipt_number_in_the_terminals_receipt_range_as_a_bill_does()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        await system.RecordSaleAsync(tenant, 502);
        await system.SeedAsync(tenant, $"/api/v1/tenants/{tenant}/settings", new
        {
            name = "RECEIPT_NO_START_VALUE",
            defaultValue = "111111",
            values = new[] { new { storeCode = "S01", terminalNo = 1, value = "500000" } },
        });

        var (_, first) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);
        var (_, second) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/502/void"), system.UserToken(tenant), MatchingPayments);

        // Before, reversals numbered receipts from 1 to 9999, whatever the tenant had set.
        Assert.Equal(500000, first.GetProperty("data").GetProperty("receiptNo").GetInt32());
        Assert.Equal(500001, second.GetProperty("data").GetProperty("receiptNo").GetInt32());
    }

    [Fact]
    public async Task A_return_paying_back_by_a_method_master_data_does_not_know_is_a_404_naming_it_and_changes_nothing()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);

        var (status, body) = await system.SendAsync(
            HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), new[] { new { paymentCode = "01", amount = 600 }, new { paymentCode = "99", amount = 500 } });
        var (_, sale) = await system.SendAsync(HttpMethod.Get, Path(tenant, "/501"), system.UserToken(tenant));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Payment method not found: payment_code->99", body.GetProperty("message").GetString());
        Assert.Equal(["paymentCode"], Json.ErrorFields(body));
        Assert.False(sale.GetProperty("data").GetProperty("status").GetProperty("isRefunded").GetBoolean());
    }

    [Fact]
    public async Task A_second_void_is_refused_403005_and_a_return_after_a_void_too()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);

        var (again, againBody) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);
        var (ret, retBody) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), new[] { new { paymentCode = "01", amount = 1100 } });

        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("403005", againBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, ret);
        Assert.Equal("403005", retBody.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_return_makes_a_102_and_a_second_return_is_refused_403006()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        var cash = new[] { new { paymentCode = "01", amount = 1100 } };

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), cash);
        var (again, againBody) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), cash);

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(102, body.GetProperty("data").GetProperty("transactionType").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("403006", againBody.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Voiding_a_return_makes_a_202_and_lets_the_sale_be_returned_again()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        var cash = new[] { new { paymentCode = "01", amount = 1100 } };
        var (_, returned) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), cash);
        var returnNo = returned.GetProperty("data").GetProperty("transactionNo").GetInt32();

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, $"/{returnNo}/void"), system.UserToken(tenant), cash);
        var (_, sale) = await system.SendAsync(HttpMethod.Get, Path(tenant, "/501"), system.UserToken(tenant));

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(202, body.GetProperty("data").GetProperty("transactionType").GetInt32());
        Assert.False(sale.GetProperty("data").GetProperty("status").GetProperty("isRefunded").GetBoolean());
    }

    [Theory]
    [InlineData("12", 1100, "payments[0].paymentCode")]
    [InlineData("01", 1100, "payments[0].amount")]
    public async Task A_void_whose_payments_do_not_match_is_a_400_naming_the_field_and_changes_nothing(string code, int amount, string field)
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), new[] { new { paymentCode = code, amount } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, Json.ErrorFields(body));
        var (_, list) = await system.SendAsync(HttpMethod.Get, Path(tenant), system.UserToken(tenant));
        Assert.Equal([501], Numbers(list));
    }

    [Theory]
    [InlineData("\"not a list\"")]
    [InlineData("[{\"amount\": 5}]")]
    [InlineData("[{\"paymentCode\": \"01\", \"amount\": -5}]")]
    public async Task A_malformed_payment_list_is_a_4xx_envelope(string json)
    {
        var tenant = await system.NewTenantAsync();
        await system.RecordSaleAsync(tenant, 1);

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/1/void"), system.UserToken(tenant), json);

        Assert.InRange((int)status, 400, 499);
        Assert.False(body.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Voiding_an_unknown_transaction_is_a_404_and_a_void_at_a_closed_terminal_is_refused()
    {
        var tenant = await system.NewTenantAsync();
        await system.RecordSaleAsync(tenant, 501);

        var (missing, _) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/9/void"), system.UserToken(tenant), MatchingPayments);
        var (unopened, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);

        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(HttpStatusCode.BadRequest, unopened);
        Assert.Equal("404001", body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Of_a_void_and_a_return_racing_on_one_sale_exactly_one_wins()
    {
        var tenant = await system.NewTenantAsync();
        await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        var cash = new[] { new { paymentCode = "01", amount = 1100 } };

        var results = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => i % 2 == 0
                ? system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments)
                : system.SendAsync(HttpMethod.Post, Path(tenant, "/501/return"), system.UserToken(tenant), cash)));

        Assert.Single(results, r => r.Status == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        var (_, list) = await system.SendAsync(HttpMethod.Get, Path(tenant), system.UserToken(tenant));
        Assert.Equal(2, Numbers(list).Length);
    }

    [Fact]
    public async Task A_subscribers_report_is_kept_with_the_log_and_an_unknown_event_is_a_404()
    {
        var tenant = await system.NewTenantAsync();
        var sale = await system.RecordSaleAsync(tenant, 1);
        var token = system.Service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("report", tenant);

        var (status, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/1/delivery-status"), token, new { event_id = sale.EventId, service = "report", status = "received" });
        var (unknown, _) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/1/delivery-status"), token, new { event_id = Guid.NewGuid(), service = "report", status = "received" });
        var (badStatus, badBody) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/1/delivery-status"), token, new { event_id = sale.EventId, service = "report", status = "lost" });

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.True(body.GetProperty("data").GetProperty("success").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus);
        Assert.Contains("status", Json.ErrorFields(badBody));
    }

    [Fact]
    public async Task A_void_retried_after_a_crash_finishes_the_same_void_without_a_second_number_or_log()
    {
        var tenant = await system.NewTenantAsync();
        var terminalId = await system.OpenTerminalAsync(tenant);
        await system.RecordSaleAsync(tenant, 501);
        system.Store.CrashNextStatusSave(tenant);

        var (crashed, _) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);
        var (retried, body) = await system.SendAsync(HttpMethod.Post, Path(tenant, "/501/void"), system.UserToken(tenant), MatchingPayments);

        Assert.NotEqual(HttpStatusCode.OK, crashed);
        Assert.True(retried == HttpStatusCode.OK, body.ToString());
        Assert.Equal(1, body.GetProperty("data").GetProperty("transactionNo").GetInt32());
        var (_, list) = await system.SendAsync(HttpMethod.Get, Path(tenant), system.UserToken(tenant));
        Assert.Equal([501, 1], Numbers(list).Order().Reverse());
        var next = await system.Terminal(terminalId).NextTransactionNumbersAsync(new() { ReceiptRange = ReversalRequest.DefaultReceiptRange });
        Assert.Equal(2, next.Numbers?.TransactionNo);
    }
}
