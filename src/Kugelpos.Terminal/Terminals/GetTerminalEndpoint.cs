using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary><c>GET /api/v1/terminals/{terminal_id}</c>: the terminal as its actor holds it.</summary>
internal static class GetTerminalEndpoint
{
    public const string Name = "get_terminal";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        string terminal_id, KugelposCaller caller, TerminalGateway terminals)
    {
        var reply = await terminals.ActorFor(caller, terminal_id).GetStatusAsync();
        return ApiResults.Ok(terminals.View(caller, reply, terminal_id), $"Terminal Retrieved. terminal_id: {terminal_id}", Name);
    }
}
