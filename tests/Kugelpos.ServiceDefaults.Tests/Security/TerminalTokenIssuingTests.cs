using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public class TerminalTokenIssuingTests
{
    private static readonly TerminalTokenClaims Opened = new()
    {
        TenantId = "A1234",
        StoreCode = "S01",
        TerminalNo = 7,
        TerminalId = "A1234-S01-7",
        Status = "Opened",
        BusinessDate = "20261130",
        OpenCounter = 2,
        BusinessCounter = 9,
        StaffId = "ST1",
        StaffName = "Hanako",
    };

    [Fact]
    public async Task A_terminal_token_carries_the_originals_claims_for_24_hours()
    {
        await using var test = await StartAsync();

        var token = new JsonWebToken(Issuer(test).IssueTerminalToken(Opened));

        Assert.Equal("terminal:A1234-S01-7", token.GetPayloadValue<string>("sub"));
        Assert.Equal("A1234", token.GetPayloadValue<string>("tenant_id"));
        Assert.Equal("S01", token.GetPayloadValue<string>("store_code"));
        Assert.Equal(7, token.GetPayloadValue<int>("terminal_no"));
        Assert.Equal("A1234-S01-7", token.GetPayloadValue<string>("terminal_id"));
        Assert.Equal("Opened", token.GetPayloadValue<string>("status"));
        Assert.Equal("terminal", token.GetPayloadValue<string>("token_type"));
        Assert.Equal("20261130", token.GetPayloadValue<string>("business_date"));
        Assert.Equal(2, token.GetPayloadValue<int>("open_counter"));
        Assert.Equal(9, token.GetPayloadValue<int>("business_counter"));
        Assert.Equal("ST1", token.GetPayloadValue<string>("staff_id"));
        Assert.Equal("Hanako", token.GetPayloadValue<string>("staff_name"));
        Assert.Equal(test.Time.GetUtcNow().AddHours(24).ToUnixTimeSeconds(), token.GetPayloadValue<long>("exp"));
    }

    [Fact]
    public async Task An_idle_terminal_without_staff_leaves_the_optional_claims_out()
    {
        await using var test = await StartAsync();

        var token = new JsonWebToken(Issuer(test).IssueTerminalToken(Opened with
        {
            Status = "Idle", BusinessDate = null, OpenCounter = null, BusinessCounter = null, StaffId = null, StaffName = null,
        }));

        Assert.False(token.TryGetPayloadValue<object>("business_date", out _));
        Assert.False(token.TryGetPayloadValue<object>("open_counter", out _));
        Assert.False(token.TryGetPayloadValue<object>("staff_id", out _));
        Assert.False(token.TryGetPayloadValue<object>("staff_name", out _));
    }

    private static KugelposTokenIssuer Issuer(TestApp test) => test.App.Services.GetRequiredService<KugelposTokenIssuer>();

    private static Task<TestApp> StartAsync() => TestApp.StartAsync(
        _ => { },
        new Dictionary<string, string?> { ["Kugelpos:Jwt:Secret"] = TestTokens.Secret },
        builder => builder.AddKugelposJwt());
}
