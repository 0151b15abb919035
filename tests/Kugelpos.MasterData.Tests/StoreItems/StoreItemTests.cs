using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.StoreItems;

public class StoreItemTests
{
    private const string Items = MasterDataApi.Root + "/items";
    private const string StoreItems = MasterDataApi.Root + "/stores/S001/items";

    [Fact]
    public async Task A_store_item_is_created_read_updated_and_deleted_with_the_originals_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));

        var created = await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 90 });
        service.Time.Advance(TimeSpan.FromMinutes(1));
        var read = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01");
        var updated = await service.AsUserAsync(HttpMethod.Put, StoreItems + "/I01", new { store_price = 80.5m });
        var deleted = await service.AsUserAsync(HttpMethod.Delete, StoreItems + "/I01");
        var gone = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("create_item_master_async", created.Operation);
        Assert.Equal("Item Store created successfully. item_code: I01", created.Message);
        Assert.Equal(["itemCode", "storePrice", "entryDatetime", "lastUpdateDatetime"], Json.PropertyNames(created.Data));
        Assert.Equal("get_item_store_master_async", read.Operation);
        Assert.Equal("Item found. item_code: I01", read.Message);
        Assert.Equal(90m, read.Data.GetProperty("storePrice").GetDecimal());
        Assert.Equal("update_item_store_master_async", updated.Operation);
        Assert.Equal("Item store updated successfully. item_code: I01", updated.Message);
        Assert.Equal(80.5m, updated.Data.GetProperty("storePrice").GetDecimal());
        Assert.Equal("delete_item_store_master_async", deleted.Operation);
        Assert.Equal("Item store deleted successfully. item_code: I01", deleted.Message);
        Assert.Equal("I01", deleted.Data.GetProperty("itemCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task Details_merge_the_common_item_with_the_stores_price_and_times()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01", unitPrice: 100));
        service.Time.Advance(TimeSpan.FromMinutes(5));
        await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 90 });

        var merged = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01/details");
        var otherStore = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/stores/S002/items/I01/details");

        Assert.Equal(HttpStatusCode.OK, merged.Status);
        Assert.Equal("get_item_store_master_detail_async", merged.Operation);
        Assert.Equal("Item found. item_code: I01", merged.Message);
        Assert.Equal(
            ["itemCode", "description", "unitPrice", "unitCost", "storePrice", "itemDetails", "imageUrls", "categoryCode",
                "taxCode", "isDiscountRestricted", "isDeleted", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(merged.Data));
        Assert.Equal(100m, merged.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(90m, merged.Data.GetProperty("storePrice").GetDecimal());
        Assert.Equal("Item I01", merged.Data.GetProperty("description").GetString());
        Assert.Equal("2030-01-15 09:05:00", merged.Data.GetProperty("entryDatetime").GetString());

        Assert.Equal(HttpStatusCode.OK, otherStore.Status);
        Assert.Equal(JsonValueKind.Null, otherStore.Data.GetProperty("storePrice").ValueKind);
        Assert.Equal(100m, otherStore.Data.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("2030-01-15 09:00:00", otherStore.Data.GetProperty("entryDatetime").GetString());
    }

    [Fact]
    public async Task Details_of_an_unknown_or_logically_deleted_item_are_a_404()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));
        await service.AsUserAsync(HttpMethod.Delete, Items + "/I01?is_logical=true");

        var unknown = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/NOPE/details");
        var deleted = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01/details");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("100001", unknown.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.Status);
    }

    [Fact]
    public async Task A_store_item_needs_a_live_common_item()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 90 });
        var list = await service.AsUserAsync(HttpMethod.Get, StoreItems);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("item with item_code I01 not found in item_common_master", reply.Message);
        Assert.Empty(list.Data.EnumerateArray());
    }

    [Fact]
    public async Task Each_store_lists_only_its_own_items_sorted_by_item_code()
    {
        await using var service = await MasterDataTestService.StartAsync();
        foreach (var code in new[] { "I02", "I01", "I03" })
        {
            await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item(code));
        }

        await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I02", storePrice = 1 });
        await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 2 });
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/stores/S002/items", new { itemCode = "I03", storePrice = 3 });

        var first = await service.AsUserAsync(HttpMethod.Get, StoreItems);
        var second = await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/stores/S002/items");
        var byPrice = await service.AsUserAsync(HttpMethod.Get, StoreItems + "?sort=store_price:-1&limit=1&page=2");

        Assert.Equal("get_item_store_master_all_async", first.Operation);
        Assert.Equal("Items found. Total items: 2", first.Message);
        Assert.Equal(["I01", "I02"], first.Column("itemCode"));
        Assert.Equal(["I03"], second.Column("itemCode"));
        Assert.Equal(["I02"], byPrice.Column("itemCode"));
        Assert.Equal(2, byPrice.Body.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_same_item_twice_in_a_store_is_a_409()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));
        await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 90 });

        var again = await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 1 });
        var read = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(["itemCode"], again.ErrorFields);
        Assert.Equal(90m, read.Data.GetProperty("storePrice").GetDecimal());
    }

    [Fact]
    public async Task Invalid_fields_and_store_codes_are_422s_and_nothing_changes()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Items, Seed.Item("I01"));
        await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = "I01", storePrice = 90 });

        var body = await service.AsUserAsync(HttpMethod.Post, StoreItems, new { itemCode = " ", storePrice = -1 });
        var store = await service.AsUserAsync(
            HttpMethod.Post, MasterDataApi.Root + "/stores/" + new string('S', 65) + "/items", new { itemCode = "I01", storePrice = 1 });
        var update = await service.AsUserAsync(HttpMethod.Put, StoreItems + "/I01", new { });
        var read = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/I01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, body.Status);
        Assert.Equal(["itemCode", "storePrice"], body.ErrorFields.Order());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, store.Status);
        Assert.Equal(["store_code"], store.ErrorFields);
        Assert.Equal(["storePrice"], update.ErrorFields);
        Assert.Equal(90m, read.Data.GetProperty("storePrice").GetDecimal());
    }

    [Fact]
    public async Task An_unknown_store_item_is_a_404_for_read_update_and_delete()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var read = await service.AsUserAsync(HttpMethod.Get, StoreItems + "/NOPE");
        var update = await service.AsUserAsync(HttpMethod.Put, StoreItems + "/NOPE", new { storePrice = 1 });
        var delete = await service.AsUserAsync(HttpMethod.Delete, StoreItems + "/NOPE");

        Assert.All([read, update, delete], reply => Assert.Equal(HttpStatusCode.NotFound, reply.Status));
        Assert.Equal("Item not found. item_code: NOPE", read.Message);
    }
}
