using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Items;

public class ItemTests
{
    private const string Items = MasterDataApi.Root + "/items";

    [Fact]
    public async Task An_item_is_created_read_updated_and_deleted_with_the_originals_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 120.5m));
        service.Time.Advance(TimeSpan.FromMinutes(1));
        var read = await service.AsUserAsync(HttpMethod.Get, Items + "/I01");
        var updated = await service.AsUserAsync(HttpMethod.Put, Items + "/I01", Seed.Item("I01", unitPrice: 150m, taxCode: "02"));
        var deleted = await service.AsUserAsync(HttpMethod.Delete, Items + "/I01");
        var gone = await service.AsUserAsync(HttpMethod.Get, Items + "/I01");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("create_item_master_async", created.Operation);
        Assert.Equal("Item created successfully. item_code: I01", created.Message);
        Assert.Equal(
            ["itemCode", "description", "unitPrice", "unitCost", "itemDetails", "imageUrls", "categoryCode", "taxCode",
                "isDiscountRestricted", "isDeleted", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(created.Data));
        Assert.Equal(120.5m, created.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(["detail"], created.Data.GetProperty("itemDetails").EnumerateArray().Select(e => e.GetString()!));
        Assert.False(created.Data.GetProperty("isDeleted").GetBoolean());

        Assert.Equal("get_item_master_async", read.Operation);
        Assert.Equal("Item found. item_code: I01", read.Message);
        Assert.Equal(120.5m, read.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("https://example.com/I01.png", read.Data.GetProperty("imageUrls")[0].GetString());

        Assert.Equal("update_item_master_async", updated.Operation);
        Assert.Equal("Item updated successfully. item_code: I01", updated.Message);
        Assert.Equal(150m, updated.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("02", updated.Data.GetProperty("taxCode").GetString());
        Assert.Equal("2030-01-15 09:01:00", updated.Data.GetProperty("lastUpdateDatetime").GetString());

        Assert.Equal("delete_item_master_async", deleted.Operation);
        Assert.Equal("Item deleted successfully. item_code: I01, logically_mode: False", deleted.Message);
        Assert.False(deleted.Data.GetProperty("isLogical").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("Item not found. item_code: I01", gone.Message);
    }

    [Fact]
    public async Task A_logically_deleted_item_is_only_found_when_asked_for_keeps_its_code_and_can_still_be_removed()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));

        var deleted = await service.AsUserAsync(HttpMethod.Delete, Items + "/I01?is_logical=true");
        var live = await service.AsUserAsync(HttpMethod.Get, Items + "/I01");
        var asDeleted = await service.AsUserAsync(HttpMethod.Get, Items + "/I01?is_logical_deleted=true");
        var listed = await service.AsUserAsync(HttpMethod.Get, Items);
        var again = await service.AsUserAsync(HttpMethod.Delete, Items + "/I01?is_logical=true");
        var update = await service.AsUserAsync(HttpMethod.Put, Items + "/I01", Seed.Item("I01"));
        var recreate = await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));
        var removed = await service.AsUserAsync(HttpMethod.Delete, Items + "/I01");
        var afterRemoval = await service.AsUserAsync(HttpMethod.Get, Items + "/I01?is_logical_deleted=true");

        Assert.Equal("Item deleted successfully. item_code: I01, logically_mode: True", deleted.Message);
        Assert.True(deleted.Data.GetProperty("isLogical").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, live.Status);
        Assert.True(asDeleted.Data.GetProperty("isDeleted").GetBoolean());
        Assert.True(listed.Data[0].GetProperty("isDeleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal(HttpStatusCode.NotFound, update.Status);
        Assert.Equal(HttpStatusCode.Conflict, recreate.Status);
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, afterRemoval.Status);
    }

    [Fact]
    public async Task The_list_is_sorted_by_item_code_by_default_paged_and_counted()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I02", unitPrice: 300));
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I03", unitPrice: 100));
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 200));

        var all = await service.AsUserAsync(HttpMethod.Get, Items);
        var cheapestFirst = await service.AsUserAsync(HttpMethod.Get, Items + "?sort=unit_price:1&limit=2");
        var everything = await service.AsUserAsync(HttpMethod.Get, Items + "?limit=0");

        Assert.Equal("get_item_master_all_async", all.Operation);
        Assert.Equal("Items found. Total items: 3", all.Message);
        Assert.Equal(["I01", "I02", "I03"], all.Column("itemCode"));
        Assert.Equal("item_code:1", all.Body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(["I03", "I01"], cheapestFirst.Column("itemCode"));
        Assert.Equal(3, cheapestFirst.Body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal(2, cheapestFirst.Body.GetProperty("metadata").GetProperty("limit").GetInt32());
        Assert.Equal(3, everything.Data.GetArrayLength());
    }

    [Fact]
    public async Task A_taken_code_is_a_409()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 100));

        var again = await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 1));
        var read = await service.AsUserAsync(HttpMethod.Get, Items + "/I01");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(["itemCode"], again.ErrorFields);
        Assert.Equal("item with item_code I01 already exists. tenant_id: T1000", again.Message);
        Assert.Equal(100m, read.Data.GetProperty("unitPrice").GetDecimal());
    }

    [Fact]
    public async Task Every_invalid_field_is_named_in_one_422_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Post, Items, new
        {
            itemCode = "",
            description = new string('d', 257),
            unitPrice = -1,
            unitCost = 1e13m,
            itemDetails = Enumerable.Repeat("x", 101).ToArray(),
            imageUrls = new[] { "bad\u0007url" },
            categoryCode = "a/b",
            taxCode = "",
        });
        var missing = await service.AsUserAsync(HttpMethod.Post, Items, new { itemCode = "I01" });
        var wrongType = await service.AsUserAsync(HttpMethod.Post, Items, "{\"itemCode\":\"I01\",\"unitPrice\":\"cheap\"}");
        var all = await service.AsUserAsync(HttpMethod.Get, Items);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(
            ["categoryCode", "description", "imageUrls", "itemCode", "itemDetails", "taxCode", "unitCost", "unitPrice"],
            reply.ErrorFields.Order());
        Assert.Equal(
            ["categoryCode", "description", "imageUrls", "itemDetails", "taxCode", "unitCost", "unitPrice"],
            missing.ErrorFields.Order());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.Status);
        Assert.Equal(["unitPrice"], wrongType.ErrorFields);
        Assert.Empty(all.Data.EnumerateArray());
    }

    [Fact]
    public async Task A_refused_update_leaves_the_item_unchanged()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 100));

        var reply = await service.AsUserAsync(HttpMethod.Put, Items + "/I01", Seed.Item("I01", unitPrice: -5));
        var read = await service.AsUserAsync(HttpMethod.Get, Items + "/I01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(["unitPrice"], reply.ErrorFields);
        Assert.Equal(100m, read.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("lastUpdateDatetime").ValueKind);
    }

    [Fact]
    public async Task A_missing_discount_flag_means_not_restricted()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Items, new
        {
            item_code = "I01",
            description = "Tea",
            unit_price = 100,
            unit_cost = 50,
            item_details = Array.Empty<string>(),
            image_urls = Array.Empty<string>(),
            category_code = "C01",
            tax_code = "00",
        });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.False(created.Data.GetProperty("isDiscountRestricted").GetBoolean());
    }
}
