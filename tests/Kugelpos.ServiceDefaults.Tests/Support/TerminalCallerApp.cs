using System.Net.Http.Headers;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>
/// A service as master-data or cart is wired for terminal callers: the Kugelpos JWT with the API-key
/// scheme, a verifier, reads behind <see cref="KugelposPolicies.Tenant"/> (by tenant route, by terminal
/// route, and by query alone) that answer with the <see cref="KugelposCaller"/>, and a write behind
/// <see cref="KugelposPolicies.User"/>.
/// </summary>
internal static class TerminalCallerApp
{
    public static Task<TestApp> StartAsync(ITerminalKeyVerifier? verifier, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Kugelpos:Jwt:Secret"] = TestTokens.Secret };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        return TestApp.StartAsync(
            app =>
            {
                var tenant = app.MapApiGroup("/api/v1/tenants/{tenant_id}");
                tenant.MapGet("/caller", Caller).RequireAuthorization(KugelposPolicies.Tenant);
                tenant.MapPost("/items", Caller).RequireAuthorization(KugelposPolicies.User);
                app.MapGet("/api/v1/terminals/{terminal_id}", Caller).RequireAuthorization(KugelposPolicies.Tenant);
                app.MapGet("/api/v1/caller", Caller).RequireAuthorization(KugelposPolicies.Tenant);
            },
            all,
            builder =>
            {
                builder.AddKugelposJwt();
                if (verifier is not null)
                {
                    builder.Services.AddSingleton(verifier);
                }
            });
    }

    public static async Task<HttpResponseMessage> SendAsync(
        TestApp test, string path, string? apiKey = null, string? bearer = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (apiKey is not null)
        {
            request.Headers.Add(TerminalKeyAuthentication.HeaderName, apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await test.Client.SendAsync(request);
    }

    private static JsonHttpResult<ApiResponse<KugelposCaller>> Caller(KugelposCaller caller) => ApiResults.Ok(caller, "Caller", "get_caller");
}
