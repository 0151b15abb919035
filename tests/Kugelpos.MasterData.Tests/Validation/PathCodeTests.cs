using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Validation;

/// <summary>Codes that arrive in the path: one no document can hold is simply not found, a malformed store a 422.</summary>
public class PathCodeTests
{
    private static readonly string Overlong = new('X', 2000);

    public static TheoryData<string> Lookups => new()
    {
        "/categories/" + Overlong,
        "/items/" + Overlong,
        "/items/" + Overlong + "?is_logical_deleted=true",
        "/stores/S001/items/" + Overlong,
        "/stores/S001/items/" + Overlong + "/details",
        "/payments/" + Overlong,
        "/taxes/" + Overlong,
    };

    public static TheoryData<string, string> StoreRequests => new()
    {
        { "GET", "/stores/" + Overlong + "/items" },
        { "GET", "/stores/" + Overlong + "/items/I01" },
        { "GET", "/stores/" + Overlong + "/items/I01/details" },
        { "PUT", "/stores/" + Overlong + "/items/I01" },
        { "DELETE", "/stores/" + Overlong + "/items/I01" },
        { "GET", "/stores/%20/items" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task An_overlong_code_in_the_path_is_not_found(string path)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + path);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.False(reply.Body.GetProperty("success").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(StoreRequests))]
    public async Task A_malformed_store_code_is_a_422_naming_it(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(new HttpMethod(method), MasterDataApi.Root + path, method == "PUT" ? new { storePrice = 1 } : null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(["store_code"], reply.ErrorFields);
    }
}
