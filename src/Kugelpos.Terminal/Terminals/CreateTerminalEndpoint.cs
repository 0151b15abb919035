using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals</c>: a user of the tenant creates a terminal. Its API key is made
/// here (256 random bits) and returned in this response whatever the read-back setting; the
/// actor keeps its lookup hash and the encrypted copy.
/// </summary>
internal static class CreateTerminalEndpoint
{
    public const string Name = "create_terminal";

    public static async Task<JsonHttpResult<ApiResponse<TerminalView>>> HandleAsync(
        TerminalCreateRequest request, KugelposCaller caller, TerminalGateway terminals, SecretProtector secrets)
    {
        var storeCode = request.StoreCode!;
        var terminalNo = request.TerminalNo!.Value;
        var terminalId = $"{caller.TenantId}-{storeCode}-{terminalNo}";
        var apiKey = TerminalApiKey.Generate();
        var reply = await terminals.Actor(terminalId).CreateAsync(new CreateTerminalRequest
        {
            TenantId = caller.TenantId,
            StoreCode = storeCode,
            TerminalNo = terminalNo,
            Description = request.Description ?? string.Empty,
            ApiKeyHash = TerminalApiKey.LookupHash(apiKey),
            ProtectedApiKey = secrets.Protect(SecretPurposes.TerminalApiKey, apiKey),
        });
        var terminal = TerminalRefusalErrors.Accepted(reply, terminalId);
        var view = TerminalView.From(TerminalDocument.From(terminal, string.Empty), apiKey);
        return ApiResults.Created(view, $"Terminal Created. terminal_id: {terminalId}", Name);
    }
}
