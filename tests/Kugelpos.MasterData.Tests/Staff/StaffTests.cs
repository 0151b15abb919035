using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Staff;

public class StaffTests
{
    private const string Tenant = "T0001";
    private const string Path = $"/api/v1/tenants/{Tenant}/staff";

    [Fact]
    public async Task Staff_are_created_read_updated_and_deleted_with_the_original_messages()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);

        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("S01", "Alice", "1234"), user);
        var createdBody = await Json.ReadAsync(created);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Staff created successfully. staff_id: S01", createdBody.GetProperty("message").GetString());
        Assert.Equal("create_staff_master_async", createdBody.GetProperty("operation").GetString());
        Assert.Equal(
            ["id", "name", "pin", "roles", "entryDatetime", "lastUpdateDatetime"],
            Json.PropertyNames(createdBody.GetProperty("data")));
        Assert.Equal("1234", createdBody.GetProperty("data").GetProperty("pin").GetString());
        Assert.Equal("2025-01-01 00:00:00".Length, createdBody.GetProperty("data").GetProperty("entryDatetime").GetString()!.Length);

        using var updated = await service.SendAsync(
            HttpMethod.Put, $"{Path}/S01", new { name = "Alice B", pin = "9876", roles = new[] { "manager" } }, user);
        var updatedData = (await Json.ReadAsync(updated)).GetProperty("data");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Alice B", updatedData.GetProperty("name").GetString());
        Assert.Equal("manager", updatedData.GetProperty("roles")[0].GetString());
        Assert.NotEqual(JsonValueKind.Null, updatedData.GetProperty("lastUpdateDatetime").ValueKind);

        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: user);
        var readBody = await Json.ReadAsync(read);
        Assert.Equal("Staff found. staff_id: S01", readBody.GetProperty("message").GetString());
        Assert.Equal("9876", readBody.GetProperty("data").GetProperty("pin").GetString());

        using var deleted = await service.SendAsync(HttpMethod.Delete, $"{Path}/S01", bearer: user);
        var deletedBody = await Json.ReadAsync(deleted);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("S01", deletedBody.GetProperty("data").GetProperty("staffId").GetString());
        Assert.Equal("delete_staff_master_async", deletedBody.GetProperty("operation").GetString());

        using var gone = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: user);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_and_sorts_and_describes_itself_in_metadata()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        foreach (var (id, name) in new[] { ("S03", "Carol"), ("S01", "Bob"), ("S02", "Alice") })
        {
            using var _ = await service.SendAsync(HttpMethod.Post, Path, Body(id, name, "1111"), user);
        }

        using var first = await service.SendAsync(HttpMethod.Get, $"{Path}?limit=2&page=1", bearer: user);
        var firstBody = await Json.ReadAsync(first);
        Assert.Equal(["S01", "S02"], Ids(firstBody));
        Assert.Equal("All staff found. Total count: 3", firstBody.GetProperty("message").GetString());
        var metadata = firstBody.GetProperty("metadata");
        Assert.Equal(3, metadata.GetProperty("total").GetInt32());
        Assert.Equal(1, metadata.GetProperty("page").GetInt32());
        Assert.Equal(2, metadata.GetProperty("limit").GetInt32());
        Assert.Equal("id:1", metadata.GetProperty("sort").GetString());

        using var second = await service.SendAsync(HttpMethod.Get, $"{Path}?limit=2&page=2", bearer: user);
        Assert.Equal(["S03"], Ids(await Json.ReadAsync(second)));

        using var byName = await service.SendAsync(HttpMethod.Get, $"{Path}?sort=name:-1", bearer: user);
        var byNameBody = await Json.ReadAsync(byName);
        Assert.Equal(["S03", "S01", "S02"], Ids(byNameBody));
        Assert.Equal("name:-1", byNameBody.GetProperty("metadata").GetProperty("sort").GetString());
    }

    [Fact]
    public async Task An_empty_list_is_a_success_with_no_items()
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(HttpMethod.Get, Path, bearer: service.UserToken(Tenant));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("data").GetArrayLength());
        Assert.Equal(0, body.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_unknown_staff_id_is_a_404_envelope(string method)
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(
            new HttpMethod(method), $"{Path}/NOPE",
            method == "PUT" ? new { name = "X", pin = "1", roles = Array.Empty<string>() } : null,
            service.UserToken(Tenant));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("100001", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("staff with id NOPE not found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_taken_staff_id_is_a_409_and_keeps_the_first()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        using var first = await service.SendAsync(HttpMethod.Post, Path, Body("S01", "Alice", "1234"), user);

        using var second = await service.SendAsync(HttpMethod.Post, Path, Body("S01", "Mallory", "0000"), user);
        var body = await Json.ReadAsync(second);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("405003", body.GetProperty("userError").GetProperty("code").GetString());
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: user);
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal("Alice", data.GetProperty("name").GetString());
        Assert.Equal("1234", data.GetProperty("pin").GetString());
    }

    [Fact]
    public async Task Every_invalid_field_is_named_in_one_422_and_nothing_is_stored()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);

        using var response = await service.SendAsync(
            HttpMethod.Post, Path, new { id = " ", name = new string('n', 257), pin = "", roles = new[] { "ok", " " } }, user);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["id", "name", "pin", "roles"], Json.ErrorFields(body).Distinct().Order(StringComparer.Ordinal));
        using var list = await service.SendAsync(HttpMethod.Get, Path, bearer: user);
        Assert.Equal(0, (await Json.ReadAsync(list)).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task A_refused_update_leaves_the_staff_member_as_it_was()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("S01", "Alice", "1234"), user);

        using var response = await service.SendAsync(HttpMethod.Put, $"{Path}/S01", new { name = "Bob", pin = "\u0007", roles = (string[]?)null }, user);
        using var wrongType = await service.SendAsync(HttpMethod.Put, $"{Path}/S01", """{"name":"Bob","pin":12,"roles":[]}""", user);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["pin", "roles"], Json.ErrorFields(await Json.ReadAsync(response)).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.StatusCode);
        Assert.Equal(["pin"], Json.ErrorFields(await Json.ReadAsync(wrongType)));
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: user);
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal("Alice", data.GetProperty("name").GetString());
        Assert.Equal("1234", data.GetProperty("pin").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("lastUpdateDatetime").ValueKind);
    }

    private static object Body(string id, string name, string pin) => new { id, name, pin, roles = new[] { "cashier" } };

    private static string[] Ids(JsonElement body) =>
        [.. body.GetProperty("data").EnumerateArray().Select(staff => staff.GetProperty("id").GetString()!)];
}
