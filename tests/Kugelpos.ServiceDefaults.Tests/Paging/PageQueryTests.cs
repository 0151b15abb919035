using System.Net;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.ServiceDefaults.Tests.Paging;

public class PageQueryTests
{
    private static readonly SortFields Items = new(
        new Dictionary<string, string> { ["item_code"] = "itemCode", ["unit_price"] = "unitPrice" },
        "item_code:1");

    [Fact]
    public async Task Without_parameters_a_list_takes_the_originals_defaults()
    {
        await using var test = await StartAsync();

        var metadata = await MetadataAsync(test, "/items");

        Assert.Equal(100, metadata.GetProperty("limit").GetInt32());
        Assert.Equal(1, metadata.GetProperty("page").GetInt32());
        Assert.Equal("item_code:1", metadata.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task Limit_page_and_sort_are_read_and_echoed_as_the_original_writes_them()
    {
        await using var test = await StartAsync();

        var metadata = await MetadataAsync(test, "/items?limit=20&page=3&sort=unit_price:-1,item_code:1");

        Assert.Equal(20, metadata.GetProperty("limit").GetInt32());
        Assert.Equal(3, metadata.GetProperty("page").GetInt32());
        Assert.Equal("unit_price:-1, item_code:1", metadata.GetProperty("sort").GetString());
    }

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("sort=unit_price", "sort")]
    [InlineData("sort=unit_price:2", "sort")]
    [InlineData("sort=password:1", "sort")]
    [InlineData("sort=item_code:1,", "sort")]
    public async Task A_bad_paging_parameter_is_a_422_naming_it(string query, string field)
    {
        await using var test = await StartAsync();

        using var response = await test.Client.GetAsync(new Uri("/items?" + query, UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(field, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_options_skip_the_earlier_pages_and_sort_by_document_paths()
    {
        var options = new PageQuery(20, 3, "unit_price:-1").FindOptions(Items);

        Assert.Equal(40, options.Skip);
        Assert.Equal(20, options.Limit);
        var key = Assert.Single(options.Sort);
        Assert.Equal("unitPrice", key.Field);
        Assert.Equal(SortDirection.Descending, key.Direction);
    }

    [Fact]
    public void A_limit_of_zero_reads_everything_as_in_the_original()
    {
        var options = new PageQuery(0, 5, null).FindOptions(Items);

        Assert.Equal(0, options.Skip);
        Assert.Null(options.Limit);
        Assert.Equal("itemCode", Assert.Single(options.Sort).Field);
    }

    [Fact]
    public void A_far_page_does_not_overflow_the_skip()
    {
        Assert.Equal(int.MaxValue, new PageQuery(1000, int.MaxValue, null).Skip);
    }

    private static Task<TestApp> StartAsync() => TestApp.StartAsync(app => app.MapGet(
        "/items",
        (PageQuery page) => ApiResults.Page<string>([], page.Metadata(0, Items), "listed", "list_items")));

    private static async Task<System.Text.Json.JsonElement> MetadataAsync(TestApp test, string path)
    {
        using var response = await test.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("metadata");
    }
}
