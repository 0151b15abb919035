using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary><c>PATCH /api/v1/terminals/{terminal_id}/description</c>.</summary>
internal static class UpdateDescriptionEndpoint
{
    public const string Name = "update_terminal_description";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        string terminal_id, TerminalUpdateRequest request, KugelposCaller caller, TerminalGateway terminals)
    {
        var reply = await terminals.ActorFor(caller, terminal_id)
            .UpdateDescriptionAsync(new UpdateDescriptionRequest { Description = request.Description ?? string.Empty });
        return ApiResults.Ok(terminals.View(caller, reply, terminal_id), $"Terminal Description Updated. terminal_id: {terminal_id}", Name);
    }
}
