using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary><c>DELETE /api/v1/terminals/{terminal_id}</c>: a user of the tenant deletes a terminal, in any status, as the original does.</summary>
internal static class DeleteTerminalEndpoint
{
    public const string Name = "delete_terminal";

    public static async Task<JsonHttpResult<ApiResponse<TerminalDeleteResponse>>> HandleAsync(
        string terminal_id, KugelposCaller caller, TerminalGateway terminals)
    {
        var reply = await terminals.ActorFor(caller, terminal_id).DeleteAsync();
        if (reply.Refusal is { } refusal)
        {
            throw TerminalRefusalErrors.ToException(refusal, terminal_id);
        }

        return ApiResults.Ok(new TerminalDeleteResponse(terminal_id), $"Terminal Deleted. terminal_id: {terminal_id}", Name);
    }
}
