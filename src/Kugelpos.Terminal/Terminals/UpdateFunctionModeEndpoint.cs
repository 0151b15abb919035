using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using ActorFunctionModeRequest = Kugelpos.Actors.Contracts.Terminals.UpdateFunctionModeRequest;

namespace Kugelpos.Terminal.Terminals;

/// <summary><c>PATCH /api/v1/terminals/{terminal_id}/function_mode</c>: refused in a status the mode does not fit.</summary>
internal static class UpdateFunctionModeEndpoint
{
    public const string Name = "update_terminal_function_mode";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        string terminal_id, UpdateFunctionModeRequest request, KugelposCaller caller, TerminalGateway terminals)
    {
        var reply = await terminals.ActorFor(caller, terminal_id)
            .UpdateFunctionModeAsync(new ActorFunctionModeRequest { FunctionMode = request.Mode });
        return ApiResults.Ok(terminals.View(caller, reply, terminal_id), $"Terminal Function Mode Updated. terminal_id: {terminal_id}", Name);
    }
}
