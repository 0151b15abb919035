using System.Net;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Transactions;

public sealed class ReceiveTransactionTests
{
    private const string Path = JournalTestService.Stores + "/terminals/1/transactions";

    [Fact]
    public async Task A_transaction_log_sent_by_rest_is_journalled_once_however_often_it_is_sent()
    {
        await using var service = await JournalTestService.StartAsync();
        var sale = EventJson.Serialize(Support.Logs.Sale(12, cancelled: true));

        var (status, body) = await service.CallAsync(HttpMethod.Post, Path, sale);
        await service.CallAsync(HttpMethod.Post, Path, sale);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("receive_transactions", body.GetProperty("operation").GetString());
        Assert.Equal(12, body.GetProperty("data").GetProperty("transactionNo").GetInt32());
        Assert.Equal(
            $"Transaction received successfully. tenant_id: {JournalTestService.Tenant}, store_code: {JournalTestService.Store}, terminal_no: 1, transaction_no: 12",
            body.GetProperty("message").GetString());
        var entry = Assert.Single((await service.SearchAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal(-101, entry.GetProperty("transactionType").GetInt32());
    }

    [Fact]
    public async Task A_log_for_another_terminal_than_the_paths_is_refused_naming_terminal_no()
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, body) = await service.CallAsync(HttpMethod.Post, Path, EventJson.Serialize(Support.Logs.Sale(1, terminalNo: 2)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["terminal_no"], Json.ErrorFields(body));
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_log_for_a_tenant_never_prepared_is_refused()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        var (status, body) = await service.CallAsync(HttpMethod.Post, Path, EventJson.Serialize(Support.Logs.Sale(1)));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["tenant_id"], Json.ErrorFields(body));
    }
}
