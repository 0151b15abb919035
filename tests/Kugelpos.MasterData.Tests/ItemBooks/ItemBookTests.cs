using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.ItemBooks;

public class ItemBookTests
{
    private const string Path = MasterDataApi.Root + "/item_books";

    [Fact]
    public async Task Item_books_are_created_with_the_days_ids_read_replaced_and_deleted()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Path, Book("Lunch"));
        var second = await service.AsUserAsync(HttpMethod.Post, Path, new { title = "Dinner" });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("20300115-0001", created.Data.GetProperty("itemBookId").GetString());
        Assert.Equal("20300115-0002", second.Data.GetProperty("itemBookId").GetString());
        Assert.Equal("Item Book created successfully. item_book_id: 20300115-0001", created.Message);
        Assert.Equal("create_item_book", created.Operation);
        Assert.Equal(["title", "categories", "itemBookId", "entryDatetime", "lastUpdateDatetime"], Json.PropertyNames(created.Data));
        var button = created.Data.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons")[0];
        Assert.Equal(
            ["posX", "posY", "size", "imageUrl", "colorText", "itemCode", "unitPrice", "description"], Json.PropertyNames(button));
        Assert.Equal("DoubleWidth", button.GetProperty("size").GetString());

        var replaced = await service.AsUserAsync(HttpMethod.Put, $"{Path}/20300115-0001", new { title = "Brunch", categories = Array.Empty<object>() });
        Assert.Equal("Brunch", replaced.Data.GetProperty("title").GetString());
        Assert.Equal(0, replaced.Data.GetProperty("categories").GetArrayLength());
        Assert.Equal("update_item_book", replaced.Operation);

        var read = await service.CallAsync(HttpMethod.Get, $"{Path}/20300115-0001?store_code=S001", null, service.TerminalToken());
        Assert.Equal("Item Book found successfully. item_book_id: 20300115-0001", read.Message);
        Assert.Equal("Brunch", read.Data.GetProperty("title").GetString());

        var deleted = await service.AsUserAsync(HttpMethod.Delete, $"{Path}/20300115-0001");
        Assert.Equal("20300115-0001", deleted.Data.GetProperty("itemBookId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.AsUserAsync(HttpMethod.Get, $"{Path}/20300115-0001")).Status);

        var reused = await service.AsUserAsync(HttpMethod.Post, Path, new { title = "Again" });
        Assert.Equal("20300115-0001", reused.Data.GetProperty("itemBookId").GetString());
    }

    [Fact]
    public async Task The_list_pages_by_book_id_with_metadata()
    {
        await using var service = await MasterDataTestService.StartAsync();
        foreach (var title in new[] { "A", "B", "C" })
        {
            await service.AsUserAsync(HttpMethod.Post, Path, new { title });
        }

        var page = await service.AsUserAsync(HttpMethod.Get, $"{Path}?limit=2&page=2");
        var byTitle = await service.AsUserAsync(HttpMethod.Get, $"{Path}?sort=title:-1");

        Assert.Equal(["20300115-0003"], page.Column("itemBookId"));
        Assert.Equal("Item Books found successfully. Total count: 3", page.Message);
        Assert.Equal("get_all_item_books", page.Operation);
        Assert.Equal(3, page.Body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal("item_book_id:1", page.Body.GetProperty("metadata").GetProperty("sort").GetString());
        Assert.Equal(["C", "B", "A"], byTitle.Column("title"));
    }

    [Fact]
    public async Task The_detail_shows_each_buttons_item_with_the_store_price_first()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/items", Seed.Item("I01", unitPrice: 100m));
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/items", Seed.Item("I02", unitPrice: 200m));
        await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/stores/S001/items", new { itemCode = "I01", storePrice = 90 });
        await service.AsUserAsync(HttpMethod.Post, Path, Book("Lunch", ("I01", 0, 0), ("I02", 1, 0), ("GONE", 2, 0)));

        var detail = await service.CallAsync(HttpMethod.Get, $"{Path}/20300115-0001/detail?store_code=S001", null, service.TerminalToken());
        var otherStore = await service.AsUserAsync(HttpMethod.Get, $"{Path}/20300115-0001/detail?store_code=S002");
        var plain = await service.AsUserAsync(HttpMethod.Get, $"{Path}/20300115-0001");

        var buttons = detail.Data.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons");
        Assert.Equal("get_item_book_detail_by_id", detail.Operation);
        Assert.Equal(90m, buttons[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal("Item I01", buttons[0].GetProperty("description").GetString());
        Assert.Equal(200m, buttons[1].GetProperty("unitPrice").GetDecimal());
        Assert.Equal("not found", buttons[2].GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, buttons[2].GetProperty("unitPrice").ValueKind);
        Assert.Equal(100m, otherStore.Data.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(
            JsonValueKind.Null,
            plain.Data.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons")[0].GetProperty("unitPrice").ValueKind);
    }

    [Theory]
    [InlineData("", "store_code")]
    [InlineData("?store_code=S%2F1", "store_code")]
    public async Task The_detail_needs_a_store_code(string query, string field)
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Path, Book("Lunch"));

        var reply = await service.AsUserAsync(HttpMethod.Get, $"{Path}/20300115-0001/detail{query}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal([field], reply.ErrorFields);
    }

    [Fact]
    public async Task Every_invalid_field_of_the_tree_is_named_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Post, Path, new
        {
            title = " ",
            categories = new[]
            {
                new
                {
                    categoryNumber = -1, title = "Food", color = "",
                    tabs = new[]
                    {
                        new
                        {
                            tabNumber = 1, title = "Hot", color = "#f00",
                            buttons = new[] { new { posX = 100, posY = 0, size = "Single", imageUrl = "", colorText = "#000", itemCode = "" } },
                        },
                    },
                },
            },
        });
        var badSize = await service.AsUserAsync(HttpMethod.Post, Path, """
            {"title":"T","categories":[{"categoryNumber":1,"title":"F","color":"c","tabs":[{"tabNumber":1,"title":"t","color":"c",
            "buttons":[{"posX":0,"posY":0,"size":"Huge","imageUrl":"","colorText":"c","itemCode":"I01"}]}]}]}
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(
            ["categories[0].categoryNumber", "categories[0].color", "categories[0].tabs[0].buttons[0].itemCode", "categories[0].tabs[0].buttons[0].posX", "title"],
            reply.ErrorFields.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSize.Status);
        Assert.Equal(["categories[0].tabs[0].buttons[0].size"], badSize.ErrorFields);
        Assert.Equal(0, (await service.AsUserAsync(HttpMethod.Get, Path)).Data.GetArrayLength());
    }

    [Fact]
    public async Task Repeated_numbers_or_positions_in_a_body_are_refused()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var categories = await service.AsUserAsync(HttpMethod.Post, Path, new
        {
            title = "T",
            categories = new[] { new { categoryNumber = 1, title = "A", color = "c" }, new { categoryNumber = 1, title = "B", color = "c" } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, categories.Status);
        Assert.Equal(["categories"], categories.ErrorFields);
    }

    [Theory]
    [InlineData("GET", "/NOPE")]
    [InlineData("GET", "/NOPE/detail?store_code=S001")]
    [InlineData("PUT", "/NOPE")]
    [InlineData("DELETE", "/NOPE")]
    public async Task An_unknown_book_is_a_404(string method, string suffix)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(new HttpMethod(method), Path + suffix, method == "PUT" ? new { title = "T" } : null);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("item book with item_book_id NOPE not found", reply.Message);
    }

    internal static object Book(string title, params (string Item, int X, int Y)[] buttons) => new
    {
        title,
        categories = new[]
        {
            new
            {
                categoryNumber = 1,
                title = "Food",
                color = "#ff0000",
                tabs = new[]
                {
                    new
                    {
                        tabNumber = 1,
                        title = "Hot",
                        color = "#00ff00",
                        buttons = (buttons.Length == 0 ? [("I01", 0, 0)] : buttons)
                            .Select(b => new { posX = b.X, posY = b.Y, size = "DoubleWidth", imageUrl = "", colorText = "#000000", itemCode = b.Item })
                            .ToArray(),
                    },
                },
            },
        },
    };
}
