using System.Net;
using System.Text.Json;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Auth;

public class ApiKeyReadBackTests
{
    [Fact]
    public async Task With_read_back_off_the_key_is_shown_only_at_creation()
    {
        var system = new TerminalSystem { Settings = new Dictionary<string, string?> { ["Kugelpos:Terminal:ApiKeyReadBack"] = "false" } };
        await system.InitializeAsync();
        try
        {
            var tenant = system.NewTenant();
            var (terminalId, apiKey) = await system.CreateTerminalAsync(tenant);

            using var get = await system.SendAsync(HttpMethod.Get, $"/api/v1/terminals/{terminalId}", system.UserToken(tenant));
            var listed = await system.ListedAsync(tenant, terminalId);

            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(43, apiKey.Length);
            Assert.Equal(JsonValueKind.Null, (await Json.ReadAsync(get)).GetProperty("data").GetProperty("apiKey").ValueKind);
            Assert.Equal(JsonValueKind.Null, listed.GetProperty("apiKey").ValueKind);
            Assert.NotEmpty(await system.TerminalTokenAsync(terminalId, apiKey));
        }
        finally
        {
            await system.DisposeAsync();
        }
    }
}
