using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Promotions;

public class PromotionTests
{
    private const string Path = MasterDataApi.Root + "/promotions";

    [Fact]
    public async Task Promotions_are_created_read_updated_and_deleted_with_the_original_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("Promotion P01 created successfully", created.Message);
        Assert.Equal("create_promotion", created.Operation);
        Assert.Equal(
            ["promotionCode", "promotionType", "name", "description", "startDatetime", "endDatetime", "isActive", "detail", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(created.Data));
        Assert.Equal("2030-01-01T00:00:00", created.Data.GetProperty("startDatetime").GetString());
        Assert.Equal(10.5m, created.Data.GetProperty("detail").GetProperty("discountRate").GetDecimal());
        Assert.True(created.Data.GetProperty("isActive").GetBoolean());

        var updated = await service.AsUserAsync(
            HttpMethod.Put, $"{Path}/P01", new { name = "Extended", detail = new { targetCategoryCodes = new[] { "C09" }, discountRate = 15 } });
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal($"Promotion P01 updated successfully for tenant_id: {MasterDataApi.Tenant}", updated.Message);
        Assert.Equal("Extended", updated.Data.GetProperty("name").GetString());
        Assert.Equal("Sale", updated.Data.GetProperty("description").GetString());
        Assert.Equal("2030-02-01T00:00:00", updated.Data.GetProperty("endDatetime").GetString());
        Assert.Equal(0, updated.Data.GetProperty("detail").GetProperty("targetStoreCodes").GetArrayLength());

        var read = await service.AsUserAsync(HttpMethod.Get, $"{Path}/P01");
        Assert.Equal($"Promotion P01 found successfully for tenant_id: {MasterDataApi.Tenant}", read.Message);
        Assert.Equal("get_promotion", read.Operation);
        Assert.Equal("Extended", read.Data.GetProperty("name").GetString());

        var deleted = await service.AsUserAsync(HttpMethod.Delete, $"{Path}/P01");
        Assert.Equal("P01", deleted.Data.GetProperty("promotionCode").GetString());
        Assert.Equal("delete_promotion", deleted.Operation);

        Assert.Equal(HttpStatusCode.NotFound, (await service.AsUserAsync(HttpMethod.Get, $"{Path}/P01")).Status);
        Assert.Equal(0, (await service.AsUserAsync(HttpMethod.Get, Path)).Data.GetArrayLength());
    }

    [Fact]
    public async Task A_deleted_promotion_keeps_its_code_taken_as_in_the_original()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));
        await service.AsUserAsync(HttpMethod.Delete, $"{Path}/P01");

        var again = await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));
        var deleteAgain = await service.AsUserAsync(HttpMethod.Delete, $"{Path}/P01");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.Status);
        Assert.Equal("promotion with code P01 not found", deleteAgain.Message);
    }

    [Fact]
    public async Task A_taken_code_is_a_409_naming_it()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));

        var second = await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));

        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("405003", second.ErrorCode);
        Assert.Equal(["promotionCode"], second.ErrorFields);
    }

    [Fact]
    public async Task The_list_pages_20_by_default_and_filters_by_type_and_activity()
    {
        await using var service = await MasterDataTestService.StartAsync();
        for (var i = 1; i <= 22; i++)
        {
            await service.AsUserAsync(HttpMethod.Post, Path, Promotion($"P{i:00}", isActive: i != 5));
        }

        var first = await service.AsUserAsync(HttpMethod.Get, Path);
        var inactive = await service.AsUserAsync(HttpMethod.Get, $"{Path}?isActive=false");
        var byType = await service.AsUserAsync(HttpMethod.Get, $"{Path}?promotionType=category_discount&limit=5&page=5&sort=promotion_code:-1");

        Assert.Equal(20, first.Data.GetArrayLength());
        Assert.Equal(22, first.Body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal(20, first.Body.GetProperty("metadata").GetProperty("limit").GetInt32());
        Assert.Equal("promotion_code:1", first.Body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal("get_promotions", first.Operation);
        Assert.Equal(["P05"], inactive.Column("promotionCode"));
        Assert.False(inactive.Body.GetProperty("metadata").GetProperty("filter").GetProperty("is_active").GetBoolean());
        Assert.Equal(["P02", "P01"], byType.Column("promotionCode"));
    }

    [Fact]
    public async Task The_active_query_picks_what_applies_now_in_a_store_and_to_a_category()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("ALL", stores: []));
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("S1ONLY", stores: ["S001"], categories: ["C02"]));
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("S2ONLY", stores: ["S002"]));
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("OFF", isActive: false));
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("LATER", start: "2030-01-16T00:00:00", end: "2030-03-01T00:00:00"));
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("OVER", start: "2029-01-01T00:00:00", end: "2030-01-15T08:59:59"));

        var all = await service.CallAsync(HttpMethod.Get, $"{Path}/active", null, service.TerminalToken());
        var store = await service.CallAsync(HttpMethod.Get, $"{Path}/active?storeCode=S001", null, service.ServiceToken());
        var category = await service.AsUserAsync(HttpMethod.Get, $"{Path}/active?categoryCode=C02");
        var both = await service.AsUserAsync(HttpMethod.Get, $"{Path}/active?storeCode=S002&categoryCode=C01&promotionType=category_discount");

        Assert.Equal(["ALL", "S1ONLY", "S2ONLY"], all.Column("promotionCode").Order(StringComparer.Ordinal));
        Assert.Equal($"Active promotions retrieved successfully for tenant_id: {MasterDataApi.Tenant}", all.Message);
        Assert.Equal("get_active_promotions", all.Operation);
        Assert.Equal(["ALL", "S1ONLY"], store.Column("promotionCode").Order(StringComparer.Ordinal));
        Assert.Equal(["S1ONLY"], category.Column("promotionCode"));
        Assert.Equal(["ALL", "S2ONLY"], both.Column("promotionCode").Order(StringComparer.Ordinal));

        service.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await service.AsUserAsync(HttpMethod.Get, $"{Path}/active?storeCode=S003");
        Assert.Equal(["ALL", "LATER"], tomorrow.Column("promotionCode").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_invalid_field_is_named_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var refused = await service.AsUserAsync(HttpMethod.Post, Path, new
        {
            promotionCode = "",
            promotionType = "buy_one_get_one",
            name = " ",
            startDatetime = "yesterday",
            endDatetime = "2030-13-01T00:00:00",
            detail = new { targetStoreCodes = new[] { "S/1" }, targetCategoryCodes = Array.Empty<string>(), discountRate = 0 },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(
            ["detail.discountRate", "detail.targetCategoryCodes", "detail.targetStoreCodes", "endDatetime", "name", "promotionCode", "promotionType", "startDatetime"],
            refused.ErrorFields.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0, (await service.AsUserAsync(HttpMethod.Get, Path)).Data.GetArrayLength());
    }

    [Theory]
    [InlineData("2030-02-01T00:00:00", "2030-01-01T00:00:00")]
    [InlineData("2030-01-01T00:00:00", "2030-01-01T00:00:00")]
    public async Task An_end_not_after_the_start_is_refused(string start, string end)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var refused = await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01", start: start, end: end));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(["endDatetime"], refused.ErrorFields);
    }

    [Fact]
    public async Task A_category_discount_needs_its_detail()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var refused = await service.AsUserAsync(HttpMethod.Post, Path, new
        {
            promotionCode = "P01", promotionType = "category_discount", name = "Sale",
            startDatetime = "2030-01-01T00:00:00", endDatetime = "2030-02-01T00:00:00",
        });

        Assert.Equal(["detail"], refused.ErrorFields);
    }

    [Fact]
    public async Task A_refused_update_leaves_the_promotion_as_it_was()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));

        var backwards = await service.AsUserAsync(HttpMethod.Put, $"{Path}/P01", new { name = "Changed", endDatetime = "2029-12-31T00:00:00" });
        var badRate = await service.AsUserAsync(
            HttpMethod.Put, $"{Path}/P01", new { name = "Changed", detail = new { targetCategoryCodes = new[] { "C01" }, discountRate = 101 } });
        var badDate = await service.AsUserAsync(HttpMethod.Put, $"{Path}/P01", new { startDatetime = "soon" });
        var badFlag = await service.AsUserAsync(HttpMethod.Put, $"{Path}/P01", """{"isActive":"yes"}""");

        Assert.Equal(["endDatetime"], backwards.ErrorFields);
        Assert.Equal(["detail.discountRate"], badRate.ErrorFields);
        Assert.Equal(["startDatetime"], badDate.ErrorFields);
        Assert.Equal(["isActive"], badFlag.ErrorFields);
        var read = await service.AsUserAsync(HttpMethod.Get, $"{Path}/P01");
        Assert.Equal("Summer", read.Data.GetProperty("name").GetString());
        Assert.Equal("2030-02-01T00:00:00", read.Data.GetProperty("endDatetime").GetString());
        Assert.Equal(10.5m, read.Data.GetProperty("detail").GetProperty("discountRate").GetDecimal());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_unknown_code_is_a_404(string method)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(new HttpMethod(method), $"{Path}/NOPE", method == "PUT" ? new { name = "x" } : null);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("100001", reply.ErrorCode);
        Assert.Equal("promotion with code NOPE not found", reply.Message);
    }

    [Fact]
    public async Task A_bad_list_filter_is_a_422_naming_it()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Get, $"{Path}?isActive=maybe");

        Assert.Equal(["isActive"], reply.ErrorFields);
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("PUT", "/P01")]
    [InlineData("DELETE", "/P01")]
    public async Task Only_a_user_of_the_tenant_writes_promotions(string method, string suffix)
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));
        var body = method == "DELETE" ? null : Promotion("P02");

        var anonymous = await service.CallAsync(new HttpMethod(method), Path + suffix, body, token: null);
        var other = await service.CallAsync(new HttpMethod(method), Path + suffix, body, service.UserToken(MasterDataApi.OtherTenant));
        var terminal = await service.CallAsync(new HttpMethod(method), Path + suffix, body, service.TerminalToken());
        var asService = await service.CallAsync(new HttpMethod(method), Path + suffix, body, service.ServiceToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asService.Status);
        Assert.Equal(["P01"], (await service.AsUserAsync(HttpMethod.Get, Path)).Column("promotionCode"));
        Assert.Equal("Summer", (await service.AsUserAsync(HttpMethod.Get, $"{Path}/P01")).Data.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_tenant_neither_reads_nor_sees_promotions()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Promotion("P01"));

        var foreign = await service.CallAsync(HttpMethod.Get, $"{Path}/active", null, service.TerminalToken(MasterDataApi.OtherTenant));
        var own = await service.CallAsync(
            HttpMethod.Get, $"/api/v1/tenants/{MasterDataApi.OtherTenant}/promotions/active", null, service.TerminalToken(MasterDataApi.OtherTenant));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal(0, own.Data.GetArrayLength());
    }

    private static object Promotion(
        string code,
        bool isActive = true,
        string[]? stores = null,
        string[]? categories = null,
        string start = "2030-01-01T00:00:00",
        string end = "2030-02-01T00:00:00") => new
    {
        promotionCode = code,
        promotionType = "category_discount",
        name = "Summer",
        description = "Sale",
        startDatetime = start,
        endDatetime = end,
        isActive,
        detail = new { targetStoreCodes = stores ?? [], targetCategoryCodes = categories ?? ["C01"], discountRate = 10.5m },
    };
}
