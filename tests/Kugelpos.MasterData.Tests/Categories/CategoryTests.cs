using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Categories;

public class CategoryTests
{
    private const string Categories = MasterDataApi.Root + "/categories";

    private static object Category(string code, string description = "Drinks", string taxCode = "01") =>
        new { categoryCode = code, description, descriptionShort = description[..1], taxCode };

    [Fact]
    public async Task A_category_is_created_read_updated_and_deleted_with_the_originals_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(HttpMethod.Post, Categories, Category("C01"));
        service.Time.Advance(TimeSpan.FromMinutes(1));
        var read = await service.AsUserAsync(HttpMethod.Get, Categories + "/C01");
        var updated = await service.AsUserAsync(
            HttpMethod.Put, Categories + "/C01", new { description = "Food", descriptionShort = "F", taxCode = "12" });
        var deleted = await service.AsUserAsync(HttpMethod.Delete, Categories + "/C01");
        var gone = await service.AsUserAsync(HttpMethod.Get, Categories + "/C01");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("create_category", created.Operation);
        Assert.Equal("Category C01 created successfully", created.Message);
        Assert.Equal(
            ["categoryCode", "description", "descriptionShort", "taxCode", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(created.Data));
        Assert.Equal("2030-01-15 09:00:00", created.Data.GetProperty("entryDatetime").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.Data.GetProperty("lastUpdateDatetime").ValueKind);

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("get_category", read.Operation);
        Assert.Equal("Category C01 found successfully for tenant_id: T1000", read.Message);
        Assert.Equal("Drinks", read.Data.GetProperty("description").GetString());

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("update_category", updated.Operation);
        Assert.Equal("Category C01 updated successfully for tenant_id: T1000", updated.Message);
        Assert.Equal("Food", updated.Data.GetProperty("description").GetString());
        Assert.Equal("12", updated.Data.GetProperty("taxCode").GetString());
        Assert.Equal("2030-01-15 09:01:00", updated.Data.GetProperty("lastUpdateDatetime").GetString());

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("delete_category", deleted.Operation);
        Assert.Equal("Category C01 deleted successfully for tenant_id: T1000", deleted.Message);
        Assert.Equal("C01", deleted.Data.GetProperty("categoryCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task The_body_may_name_its_fields_in_snake_case()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var created = await service.AsUserAsync(
            HttpMethod.Post, Categories, new { category_code = "C01", description = "Drinks", description_short = "D", tax_code = "02" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("D", created.Data.GetProperty("descriptionShort").GetString());
        Assert.Equal("02", created.Data.GetProperty("taxCode").GetString());
    }

    [Fact]
    public async Task The_list_is_paged_and_sorted_by_code_unless_asked_otherwise_and_says_so_in_its_metadata()
    {
        await using var service = await MasterDataTestService.StartAsync();
        foreach (var (code, description) in new[] { ("C03", "A"), ("C01", "C"), ("C02", "B") })
        {
            await service.AsUserAsync(HttpMethod.Post, Categories, Category(code, description));
        }

        var all = await service.AsUserAsync(HttpMethod.Get, Categories);
        var second = await service.AsUserAsync(HttpMethod.Get, Categories + "?limit=2&page=2");
        var byDescription = await service.AsUserAsync(HttpMethod.Get, Categories + "?sort=description:-1");

        Assert.Equal("get_categories", all.Operation);
        Assert.Equal("Categories found successfully for tenant_id: T1000", all.Message);
        Assert.Equal(["C01", "C02", "C03"], all.Column("categoryCode"));
        var metadata = all.Body.GetProperty("metadata");
        Assert.Equal(3, metadata.GetProperty("total").GetInt32());
        Assert.Equal(1, metadata.GetProperty("page").GetInt32());
        Assert.Equal(100, metadata.GetProperty("limit").GetInt32());
        Assert.Equal("category_code:1", metadata.GetProperty("sort").GetString());

        Assert.Equal(["C03"], second.Column("categoryCode"));
        Assert.Equal(3, second.Body.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal(["C01", "C02", "C03"], byDescription.Column("categoryCode"));
        Assert.Equal("description:-1", byDescription.Body.GetProperty("metadata").GetProperty("sort").GetString());
    }

    [Fact]
    public async Task An_empty_list_is_an_empty_page()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var all = await service.AsUserAsync(HttpMethod.Get, Categories);

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Empty(all.Data.EnumerateArray());
        Assert.Equal(0, all.Body.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?sort=colour:1", "sort")]
    [InlineData("?sort=category_code:2", "sort")]
    [InlineData("?limit=-1", "limit")]
    [InlineData("?page=0", "page")]
    [InlineData("?limit=many", "limit")]
    public async Task A_bad_paging_parameter_is_a_422_naming_it(string query, string field)
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(HttpMethod.Get, Categories + query);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_envelope_for_read_update_and_delete()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var read = await service.AsUserAsync(HttpMethod.Get, Categories + "/NOPE");
        var update = await service.AsUserAsync(
            HttpMethod.Put, Categories + "/NOPE", new { description = "x", descriptionShort = "x", taxCode = "01" });
        var delete = await service.AsUserAsync(HttpMethod.Delete, Categories + "/NOPE");

        Assert.All([read, update, delete], reply =>
        {
            Assert.Equal(HttpStatusCode.NotFound, reply.Status);
            Assert.False(reply.Body.GetProperty("success").GetBoolean());
            Assert.Equal("100001", reply.ErrorCode);
        });
        Assert.Equal("Category NOPE not found, tenant_id: T1000", read.Message);
    }

    [Fact]
    public async Task A_taken_code_is_a_409_naming_the_code_and_leaves_the_first_category_as_it_was()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Categories, Category("C01", "Drinks"));

        var again = await service.AsUserAsync(HttpMethod.Post, Categories, Category("C01", "Other"));
        var read = await service.AsUserAsync(HttpMethod.Get, Categories + "/C01");

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(MasterDataErrorCodes.AlreadyExists, again.ErrorCode);
        Assert.Equal("category with code C01 already exists. tenant_id: T1000", again.Message);
        Assert.Equal("Drinks", read.Data.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_of_a_new_category_is_named_in_one_422_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();

        var reply = await service.AsUserAsync(
            HttpMethod.Post,
            Categories,
            new { categoryCode = " ", description = new string('d', 257), descriptionShort = "x\n", taxCode = "99" });
        var tooLong = await service.AsUserAsync(HttpMethod.Post, Categories, Category(new string('C', 65)));
        var missing = await service.AsUserAsync(HttpMethod.Post, Categories, new { });
        var all = await service.AsUserAsync(HttpMethod.Get, Categories);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(["categoryCode", "description", "descriptionShort", "taxCode"], reply.ErrorFields.Order());
        Assert.Equal(["categoryCode"], tooLong.ErrorFields);
        Assert.Equal(["categoryCode", "description", "descriptionShort", "taxCode"], missing.ErrorFields.Order());
        Assert.Empty(all.Data.EnumerateArray());
    }

    [Fact]
    public async Task A_refused_update_leaves_the_category_unchanged()
    {
        await using var service = await MasterDataTestService.StartAsync();
        await service.AsUserAsync(HttpMethod.Post, Categories, Category("C01", "Drinks"));

        var reply = await service.AsUserAsync(
            HttpMethod.Put, Categories + "/C01", new { description = "Food", descriptionShort = "F", taxCode = "7" });
        var notJson = await service.AsUserAsync(HttpMethod.Put, Categories + "/C01", "{\"description\": ");
        var read = await service.AsUserAsync(HttpMethod.Get, Categories + "/C01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(["taxCode"], reply.ErrorFields);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal("Drinks", read.Data.GetProperty("description").GetString());
        Assert.Equal("01", read.Data.GetProperty("taxCode").GetString());
    }
}
