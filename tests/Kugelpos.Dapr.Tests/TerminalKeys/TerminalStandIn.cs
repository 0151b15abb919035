using System.Collections.Concurrent;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Dapr.Tests.TerminalKeys;

/// <summary>
/// Stands in for the terminal service's <c>GET /api/v1/terminals/{terminal_id}</c> (app id
/// <c>terminal</c>): known terminals answer in terminal.json's shape to their own key, others with
/// the original's 401 or 404. It counts the questions it was asked.
/// </summary>
internal sealed class TerminalStandIn
{
    public const string Route = "/api/v1/terminals/{terminal_id}";

    private readonly ConcurrentDictionary<string, (string ApiKey, string Reply)> _terminals = new(StringComparer.Ordinal);
    private int _asked;

    public int Asked => _asked;

    public TerminalStandIn Add(string terminalId, string apiKey, string reply)
    {
        _terminals[terminalId] = (apiKey, reply);
        return this;
    }

    public Task<ServiceTestHost> StartAsync(TestSidecar sidecar) =>
        ServiceTestHost.StartAsync(
            builder => builder.AddServiceDefaults(sidecar.AppId),
            app =>
            {
                app.MapServiceDefaults();
                app.MapGet(Route, (string terminal_id, HttpContext context) => Answer(terminal_id, context.Request.Headers[TerminalKeyAuthentication.HeaderName].ToString()));
            },
            sidecar: sidecar);

    private IResult Answer(string terminalId, string apiKey)
    {
        Interlocked.Increment(ref _asked);
        if (!_terminals.TryGetValue(terminalId, out var terminal))
        {
            return Results.Text("""{"success":false,"code":404,"message":"Terminal not found","data":null}""", "application/json", statusCode: 404);
        }

        return terminal.ApiKey == apiKey
            ? Results.Text(terminal.Reply, "application/json")
            : Results.Text("""{"success":false,"code":401,"message":"Invalid API Key","data":null}""", "application/json", statusCode: 401);
    }
}
