using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Tenants;

public sealed class TenantValidationTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private ServiceTestHost Terminal => system.Service;

    public static TheoryData<string, string> BadCreations => new()
    {
        { """{"tenantName":"Shop","tags":[]}""", "tenantId" },
        { """{"tenantId":"T3001","tags":[]}""", "tenantName" },
        { """{"tenantId":"T3001","tenantName":"   ","tags":[]}""", "tenantName" },
        { """{"tenantId":"T3001","tenantName":"Shop"}""", "tags" },
        { """{"tenantId":"T3001","tenantName":"Shop","tags":[""]}""", "tags" },
        { """{"tenantId":"T3001","tenantName":"Shop","tags":[null]}""", "tags" },
        { """{"tenantId":"T3001","tenantName":"Line\nbreak","tags":[]}""", "tenantName" },
        { $$"""{"tenantId":"T3001","tenantName":"{{new string('n', 101)}}","tags":[]}""", "tenantName" },
        { """{"tenantId":"T3001","tenantName":"Shop","tags":"retail"}""", "tags" },
        { """{"tenantId":"T3001","tenantName":42,"tags":[]}""", "tenantName" },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task A_bad_creation_is_a_422_naming_the_field_and_creates_nothing(string body, string field)
    {
        using var response = await Terminal.CreateTenantAsync("T3001", body);
        var envelope = await Json.ReadAsync(response);
        var (status, _) = await Terminal.ReadAsync("T3001", "/api/v1/tenants/T3001");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], Json.ErrorFields(envelope));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_body_that_is_no_tenant_at_all_is_a_4xx_envelope_and_creates_nothing(string body)
    {
        using var response = await Terminal.CreateTenantAsync("T3004", body);
        var envelope = await Json.ReadAsync(response);
        var (status, _) = await Terminal.ReadAsync("T3004", "/api/v1/tenants/T3004");

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(envelope.GetProperty("success").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("""{"tenantId":"T-3002","tenantName":"Shop","tags":[]}""")]
    [InlineData("""{"tenantId":"T3002/../x","tenantName":"Shop","tags":[]}""")]
    public async Task A_tenant_id_against_the_rule_is_a_422_naming_it(string body)
    {
        using var response = await Terminal.CreateTenantAsync("T3002", body);
        var envelope = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["tenantId"], Json.ErrorFields(envelope));
    }

    [Theory]
    [InlineData("""{"tags":[]}""", "tenantName")]
    [InlineData("""{"tenantName":"Renamed"}""", "tags")]
    [InlineData("""{"tenantName":"Renamed","tags":[" "]}""", "tags")]
    public async Task A_bad_update_is_a_422_naming_the_field_and_changes_nothing(string body, string field)
    {
        await Terminal.CreatedTenantAsync("T3003");

        using var response = await Terminal.SendAsync(HttpMethod.Put, "/api/v1/tenants/T3003", body, Terminal.UserToken("T3003"));
        var envelope = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync("T3003", "/api/v1/tenants/T3003");
        using var _ignored = await Terminal.SendAsync(HttpMethod.Delete, "/api/v1/tenants/T3003", bearer: Terminal.UserToken("T3003"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], Json.ErrorFields(envelope));
        Assert.Equal("Tenant T3003", stored.GetProperty("data").GetProperty("tenantName").GetString());
        Assert.Equal(JsonValueKindNull, stored.GetProperty("data").GetProperty("lastUpdateDatetime").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
