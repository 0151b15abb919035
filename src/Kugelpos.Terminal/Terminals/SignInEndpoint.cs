using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/sign-in</c>: signs in a staff member found in master
/// data; answers a refreshed terminal token in <c>X-New-Token</c>.
/// </summary>
internal static class SignInEndpoint
{
    public const string Name = "terminal_signin";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        string terminal_id,
        TerminalSignInRequest request,
        KugelposCaller caller,
        HttpResponse response,
        TerminalGateway terminals,
        StaffDirectory staff,
        TerminalTokens tokens,
        CancellationToken cancellationToken)
    {
        var actor = terminals.ActorFor(caller, terminal_id);

        // The terminal's own refusals (unknown, someone signed in) come before master data is asked, as in the original.
        var current = TerminalRefusalErrors.Accepted(await actor.GetStatusAsync(), terminal_id);
        if (current.Staff is not null)
        {
            throw TerminalRefusalErrors.ToException(
                new TerminalRefusal { Code = TerminalRefusalCode.AlreadySignedIn, Status = current.Status, Message = $"Staff {current.Staff.StaffId} is already signed in." },
                terminal_id);
        }

        var staffId = request.StaffId!;
        var member = await staff.FindAsync(caller.TenantId, staffId, cancellationToken)
            ?? throw new KugelposException(StatusCodes.Status401Unauthorized, TerminalErrorCodes.SignInOutError, $"Staff not found: {staffId}", "staffId");
        var reply = await actor.SignInAsync(new SignInRequest { StaffId = member.StaffId, StaffName = member.StaffName });
        var view = terminals.View(caller, reply, terminal_id);
        tokens.Refresh(response, reply.Terminal!);
        return ApiResults.Ok(view, $"Terminal Signed In. terminal_id: {terminal_id} staff_id: {staffId}", Name);
    }
}
