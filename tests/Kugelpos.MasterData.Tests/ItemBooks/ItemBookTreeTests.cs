using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.ItemBooks;

public class ItemBookTreeTests
{
    private const string Book = MasterDataApi.Root + "/item_books/20300115-0001";
    private const string Category = Book + "/categories/1";
    private const string Tab = Category + "/tabs/1";

    [Fact]
    public async Task Categories_are_added_replaced_and_removed_keeping_their_tabs_when_none_are_sent()
    {
        await using var service = await StartWithBookAsync();

        var added = await service.AsUserAsync(HttpMethod.Post, Book + "/categories", new { categoryNumber = 2, title = "Drinks", color = "#00f" });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal("Category added to Item Book successfully. item_book_id: 20300115-0001", added.Message);
        Assert.Equal("add_category_to_item_book", added.Operation);
        Assert.Equal(["1", "2"], Numbers(added, "categories", "categoryNumber"));

        var replaced = await service.AsUserAsync(HttpMethod.Put, Category, new { categoryNumber = 3, title = "Meals", color = "#0f0" });
        Assert.Equal("update_category_in_item_book", replaced.Operation);
        var moved = replaced.Data.GetProperty("categories")[0];
        Assert.Equal(3, moved.GetProperty("categoryNumber").GetInt32());
        Assert.Equal("Meals", moved.GetProperty("title").GetString());
        Assert.Equal(1, moved.GetProperty("tabs").GetArrayLength());

        var removed = await service.AsUserAsync(HttpMethod.Delete, Book + "/categories/2");
        Assert.Equal("Category deleted from Item Book successfully. item_book_id: 20300115-0001", removed.Message);
        Assert.Equal(["itemBookId", "categoryNumber"], Json.PropertyNames(removed.Data));
        Assert.Equal(2, removed.Data.GetProperty("categoryNumber").GetInt32());
        Assert.Equal(["3"], Numbers(await service.AsUserAsync(HttpMethod.Get, Book), "categories", "categoryNumber"));
    }

    [Fact]
    public async Task Tabs_are_added_replaced_and_removed()
    {
        await using var service = await StartWithBookAsync();

        var added = await service.AsUserAsync(HttpMethod.Post, Category + "/tabs", new { tabNumber = 2, title = "Cold", color = "#00f" });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Equal("add_tab_to_category_in_item_book", added.Operation);

        var replaced = await service.AsUserAsync(HttpMethod.Put, Tab, new { tabNumber = 1, title = "Warm", color = "#0f0" });
        var tab = replaced.Data.GetProperty("categories")[0].GetProperty("tabs")[0];
        Assert.Equal("Warm", tab.GetProperty("title").GetString());
        Assert.Equal(1, tab.GetProperty("buttons").GetArrayLength());
        Assert.Equal("Tab updated in Category in Item Book successfully. item_book_id: 20300115-0001", replaced.Message);

        var removed = await service.AsUserAsync(HttpMethod.Delete, Category + "/tabs/2");
        Assert.Equal(["itemBookId", "categoryNumber", "tabNumber"], Json.PropertyNames(removed.Data));
        Assert.Equal("delete_tab_from_category_in_item_book", removed.Operation);
        Assert.Equal(1, (await service.AsUserAsync(HttpMethod.Get, Book)).Data.GetProperty("categories")[0].GetProperty("tabs").GetArrayLength());
    }

    [Fact]
    public async Task Buttons_are_added_moved_and_removed_one_at_a_time()
    {
        await using var service = await StartWithBookAsync();
        await service.AsUserAsync(HttpMethod.Post, Tab + "/buttons", Button(1, 0, "I02"));
        await service.AsUserAsync(HttpMethod.Post, Tab + "/buttons", Button(0, 1, "I03"));

        var moved = await service.AsUserAsync(HttpMethod.Put, Tab + "/buttons/pos_x/1/pos_y/0", Button(5, 5, "I09", "Quad"));
        Assert.Equal("update_button_in_tab_in_category_in_item_book", moved.Operation);
        Assert.Equal(["I01", "I09", "I03"], Buttons(moved).Select(b => b.GetProperty("itemCode").GetString()!));
        Assert.Equal("Quad", Buttons(moved)[1].GetProperty("size").GetString());

        var removed = await service.AsUserAsync(HttpMethod.Delete, Tab + "/buttons/pos_x/0/pos_y/0");
        Assert.Equal(["itemBookId", "categoryNumber", "tabNumber", "posX", "posY"], Json.PropertyNames(removed.Data));
        Assert.Equal("Button deleted from Tab in Category in Item Book successfully. item_book_id: 20300115-0001", removed.Message);
        Assert.Equal(["I09", "I03"], Buttons(await service.AsUserAsync(HttpMethod.Get, Book)).Select(b => b.GetProperty("itemCode").GetString()!));
    }

    [Theory]
    [InlineData("POST", Book + "/categories", "categoryNumber", 1)]
    [InlineData("PUT", MasterDataApi.Root + "/item_books/20300115-0001/categories/2", "categoryNumber", 1)]
    [InlineData("POST", Category + "/tabs", "tabNumber", 1)]
    [InlineData("POST", Tab + "/buttons", "posX", 0)]
    [InlineData("PUT", Tab + "/buttons/pos_x/1/pos_y/0", "posX", 0)]
    public async Task A_taken_number_or_position_is_a_409_and_changes_nothing(string method, string path, string field, int taken)
    {
        await using var service = await StartWithBookAsync();
        await service.AsUserAsync(HttpMethod.Post, Book + "/categories", new { categoryNumber = 2, title = "Drinks", color = "c" });
        await service.AsUserAsync(HttpMethod.Post, Tab + "/buttons", Button(1, 0, "I02"));
        var before = (await service.AsUserAsync(HttpMethod.Get, Book)).Data.ToString();
        object body = field switch
        {
            "categoryNumber" => new { categoryNumber = taken, title = "X", color = "c" },
            "tabNumber" => new { tabNumber = taken, title = "X", color = "c" },
            _ => Button(taken, 0, "I05"),
        };

        var reply = await service.AsUserAsync(new HttpMethod(method), path, body);

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("405003", reply.ErrorCode);
        Assert.Equal([field], reply.ErrorFields);
        Assert.Equal(before, (await service.AsUserAsync(HttpMethod.Get, Book)).Data.ToString());
    }

    [Theory]
    [InlineData("PUT", "/categories/9", "category with category_number 9 not found in item_book")]
    [InlineData("DELETE", "/categories/9", "category with category_number 9 not found in item_book")]
    [InlineData("POST", "/categories/9/tabs", "category with category_number 9 not found in item_book")]
    [InlineData("DELETE", "/categories/1/tabs/9", "tab with tab_number 9 not found in category")]
    [InlineData("POST", "/categories/1/tabs/9/buttons", "tab with tab_number 9 not found in category")]
    [InlineData("PUT", "/categories/1/tabs/1/buttons/pos_x/9/pos_y/9", "button with pos_x 9 and pos_y 9 not found in tab")]
    [InlineData("DELETE", "/categories/1/tabs/1/buttons/pos_x/9/pos_y/9", "button with pos_x 9 and pos_y 9 not found in tab")]
    public async Task A_missing_category_tab_or_button_is_a_404_with_the_original_message(string method, string suffix, string message)
    {
        await using var service = await StartWithBookAsync();
        object? body = method == "DELETE" ? null
            : suffix.EndsWith("/tabs", StringComparison.Ordinal) ? new { tabNumber = 5, title = "X", color = "c" }
            : suffix.Contains("buttons", StringComparison.Ordinal) ? Button(7, 7, "I07")
            : new { categoryNumber = 9, title = "X", color = "c" };

        var reply = await service.AsUserAsync(new HttpMethod(method), Book + suffix, body);

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal(message, reply.Message);
    }

    [Theory]
    [InlineData("/categories/one", "category_number")]
    [InlineData("/categories/1/tabs/x", "tab_number")]
    [InlineData("/categories/1/tabs/1/buttons/pos_x/a/pos_y/0", "pos_x")]
    public async Task A_path_number_that_is_not_a_number_is_a_422_naming_it(string suffix, string field)
    {
        await using var service = await StartWithBookAsync();

        var reply = await service.AsUserAsync(HttpMethod.Delete, Book + suffix);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal([field], reply.ErrorFields);
    }

    [Fact]
    public async Task A_refused_button_leaves_the_book_as_it_was()
    {
        await using var service = await StartWithBookAsync();
        var before = (await service.AsUserAsync(HttpMethod.Get, Book)).Data.ToString();

        var reply = await service.AsUserAsync(HttpMethod.Post, Tab + "/buttons", new { posX = 3, posY = 3, size = "Triple", imageUrl = "", colorText = "c", itemCode = "I01" });

        Assert.Equal(["size"], reply.ErrorFields);
        Assert.Equal(before, (await service.AsUserAsync(HttpMethod.Get, Book)).Data.ToString());
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/categories")]
    [InlineData("DELETE", "/categories/1/tabs/1/buttons/pos_x/0/pos_y/0")]
    public async Task Only_a_user_of_the_tenant_writes_item_books(string method, string suffix)
    {
        await using var service = await StartWithBookAsync();
        var path = suffix.Length == 0 && method == "POST" ? MasterDataApi.Root + "/item_books" : Book + suffix;
        object? body = method == "DELETE" ? null : suffix.Length == 0 ? new { title = "X" } : new { categoryNumber = 4, title = "X", color = "c" };
        var before = (await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/item_books")).Data.ToString();

        var anonymous = await service.CallAsync(new HttpMethod(method), path, body, token: null);
        var other = await service.CallAsync(new HttpMethod(method), path, body, service.UserToken(MasterDataApi.OtherTenant));
        var terminal = await service.CallAsync(new HttpMethod(method), path, body, service.TerminalToken());
        var asService = await service.CallAsync(new HttpMethod(method), path, body, service.ServiceToken());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(HttpStatusCode.Forbidden, terminal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asService.Status);
        Assert.Equal(before, (await service.AsUserAsync(HttpMethod.Get, MasterDataApi.Root + "/item_books")).Data.ToString());
    }

    [Fact]
    public async Task Another_tenant_cannot_read_the_book()
    {
        await using var service = await StartWithBookAsync();

        var foreign = await service.CallAsync(HttpMethod.Get, Book, null, service.TerminalToken(MasterDataApi.OtherTenant));
        var own = await service.CallAsync(
            HttpMethod.Get, $"/api/v1/tenants/{MasterDataApi.OtherTenant}/item_books/20300115-0001", null, service.UserToken(MasterDataApi.OtherTenant));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal(HttpStatusCode.NotFound, own.Status);
    }

    private static async Task<ServiceTestHost> StartWithBookAsync()
    {
        var service = await MasterDataTestService.StartAsync();
        var created = await service.AsUserAsync(HttpMethod.Post, MasterDataApi.Root + "/item_books", ItemBookTests.Book("Lunch"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return service;
    }

    private static object Button(int x, int y, string item, string size = "Single") =>
        new { posX = x, posY = y, size, imageUrl = "", colorText = "#000", itemCode = item };

    private static string[] Numbers(Reply reply, string list, string field) =>
        [.. reply.Data.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(field).ToString())];

    private static JsonElement[] Buttons(Reply reply) =>
        [.. reply.Data.GetProperty("categories")[0].GetProperty("tabs")[0].GetProperty("buttons").EnumerateArray()];
}
