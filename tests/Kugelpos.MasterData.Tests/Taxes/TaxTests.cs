using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Taxes;

public class TaxTests
{
    private const string Taxes = MasterDataApi.Root + "/taxes";

    [Fact]
    public async Task Every_tenant_has_the_default_tax_master_with_the_originals_names_and_values()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var all = await service.AsUserAsync(HttpMethod.Get, Taxes);

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal("get_taxes", all.Operation);
        Assert.Equal("Taxes found successfully for tenant_id: T1000. Total count: 5", all.Message);
        Assert.Equal(["00", "01", "02", "11", "12"], all.Column("taxCode"));
        Assert.Equal(["Exempt", "External", "Internal", "External", "Internal"], all.Column("taxType"));
        Assert.Equal(["非課税", "外税10%", "内税10%", "外税 8%", "内税 8%"], all.Column("taxName"));
        Assert.Equal([0m, 10m, 10m, 8m, 8m], all.Data.EnumerateArray().Select(t => t.GetProperty("rate").GetDecimal()));
        Assert.Equal([0, -1, -1, -1, -1], all.Data.EnumerateArray().Select(t => t.GetProperty("roundDigit").GetInt32()));
        Assert.Equal(["", "Floor", "Floor", "Floor", "Floor"], all.Column("roundMethod"));
        Assert.Equal(
            ["taxCode", "taxType", "taxName", "rate", "roundDigit", "roundMethod", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(all.Data[0]));
        Assert.Equal(JsonValueKind.Null, all.Data[0].GetProperty("roundMethod").ValueKind);
        Assert.Equal("tax_code:1", all.Body.GetProperty("metadata").GetProperty("sort").GetString());
    }

    [Fact]
    public async Task One_tax_is_read_by_its_code()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var tax = await service.AsUserAsync(HttpMethod.Get, Taxes + "/12");
        var unknown = await service.AsUserAsync(HttpMethod.Get, Taxes + "/99");

        Assert.Equal("get_tax", tax.Operation);
        Assert.Equal("Tax 12 found successfully for tenant_id: T1000", tax.Message);
        Assert.Equal("Internal", tax.Data.GetProperty("taxType").GetString());
        Assert.Equal(8m, tax.Data.GetProperty("rate").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Tax 99 not found, tenant_id: T1000", unknown.Message);
    }

    [Fact]
    public async Task The_tax_list_is_sorted_and_paged_as_asked()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var byRate = await service.AsUserAsync(HttpMethod.Get, Taxes + "?sort=rate:-1,tax_code:1&limit=2&page=2");
        var badSort = await service.AsUserAsync(HttpMethod.Get, Taxes + "?sort=colour:1");

        Assert.Equal(["11", "12"], byRate.Column("taxCode"));
        Assert.Equal(5, byRate.Body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal("rate:-1, tax_code:1", byRate.Body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSort.Status);
        Assert.Equal(["sort"], badSort.ErrorFields);
    }
}
