using System.Net;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Stocks;

/// <summary>Bad input on every stock endpoint group: a 4xx envelope naming the field, and nothing changed.</summary>
public sealed class StockBadInputTests
{
    private static string Path(string item = "") => StockTestService.StockPath(item);

    public static TheoryData<string, string, string> BadWrites => new()
    {
        { "/update", """{"updateType":"purchase"}""", "quantityChange" },
        { "/update", """{"quantityChange":1}""", "updateType" },
        { "/update", """{"quantityChange":1,"updateType":"theft"}""", "updateType" },
        { "/update", """{"quantityChange":"many","updateType":"purchase"}""", "quantityChange" },
        { "/update", """{"quantityChange":1e13,"updateType":"purchase"}""", "quantityChange" },
        { "/update", """{"quantityChange":1,"updateType":"purchase","referenceId":"a\u0001b"}""", "referenceId" },
        { "/minimum", """{}""", "minimumQuantity" },
        { "/minimum", """{"minimumQuantity":-1}""", "minimumQuantity" },
        { "/reorder", """{"reorderPoint":1}""", "reorderQuantity" },
        { "/reorder", """{"reorderPoint":-1,"reorderQuantity":1}""", "reorderPoint" },
    };

    [Theory]
    [MemberData(nameof(BadWrites))]
    public async Task A_bad_write_is_a_422_naming_the_field_and_changes_nothing(string action, string body, string field)
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Put, Path("A") + action, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(field, refused.ErrorFields);
        Assert.Equal(HttpStatusCode.NotFound, (await stock.SendAsync(HttpMethod.Get, Path("A"))).Status);
    }

    [Theory]
    [InlineData("?limit=0x", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?page=0", "page")]
    public async Task A_bad_page_is_a_422_naming_the_parameter(string query, string field)
    {
        await using var stock = await StockTestService.StartAsync();

        var list = await stock.SendAsync(HttpMethod.Get, Path() + query);
        var history = await stock.SendAsync(HttpMethod.Get, Path("A") + "/history" + query);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, field), (list.Status, Assert.Single(list.ErrorFields)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, field), (history.Status, Assert.Single(history.ErrorFields)));
    }

    [Fact]
    public async Task An_item_code_no_record_can_hold_is_a_422_naming_it_and_changes_nothing()
    {
        await using var stock = await StockTestService.StartAsync();
        var overlong = new string('X', 101);

        var read = await stock.SendAsync(HttpMethod.Get, Path(overlong));
        var write = await stock.SendAsync(HttpMethod.Put, Path(overlong) + "/update", new { quantityChange = 1, updateType = "purchase" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "item_code"), (read.Status, Assert.Single(read.ErrorFields)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "item_code"), (write.Status, Assert.Single(write.ErrorFields)));
        Assert.Empty((await stock.SendAsync(HttpMethod.Get, Path())).Items);
    }

    [Fact]
    public async Task A_store_code_no_record_can_hold_is_a_422_naming_it()
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath(store: new string('S', 101)));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "store_code"), (refused.Status, Assert.Single(refused.ErrorFields)));
    }
}
