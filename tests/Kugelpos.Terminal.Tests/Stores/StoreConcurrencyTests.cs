using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Stores;

public sealed class StoreConcurrencyTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private ServiceTestHost Terminal => system.Service;

    [Fact]
    public async Task Stores_added_at_the_same_time_are_all_kept()
    {
        await Terminal.CreatedTenantAsync("T5001");

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            Terminal.AddStoreAsync("T5001", new { storeCode = $"S{i:00}", storeName = $"Store {i}" })));
        var (_, list) = await Terminal.ReadAsync("T5001", "/api/v1/tenants/T5001/stores");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(12, list.GetProperty("metadata").GetProperty("total").GetInt64());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Of_stores_added_at_the_same_time_with_one_code_exactly_one_is_kept()
    {
        await Terminal.CreatedTenantAsync("T5002");

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Terminal.AddStoreAsync("T5002", new { storeCode = "S1", storeName = $"Store {i}" })));
        var (_, list) = await Terminal.ReadAsync("T5002", "/api/v1/tenants/T5002/stores");

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, list.GetProperty("metadata").GetProperty("total").GetInt64());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
