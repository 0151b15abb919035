using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/sign-out</c>: with nobody signed in it is refused
/// (401, terminal not signed in), unlike the original; answers a refreshed terminal token in <c>X-New-Token</c>.
/// </summary>
internal static class SignOutEndpoint
{
    public const string Name = "terminal_signout";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        string terminal_id, KugelposCaller caller, HttpResponse response, TerminalGateway terminals, TerminalTokens tokens)
    {
        var reply = await terminals.ActorFor(caller, terminal_id).SignOutAsync();
        var view = terminals.View(caller, reply, terminal_id);
        tokens.Refresh(response, reply.Terminal!);
        return ApiResults.Ok(view, $"Terminal Signed Out. terminal_id: {terminal_id}", Name);
    }
}
