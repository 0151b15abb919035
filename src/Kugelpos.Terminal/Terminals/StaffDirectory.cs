using Kugelpos.Dapr;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// Staff as master data knows them, through a Dapr service call to app <c>master-data</c>
/// (<c>GET /api/v1/tenants/{tenant}/staff/{staff_id}</c>) with a service token of the tenant.
/// Only the id and name are read; a PIN never reaches the terminal.
/// </summary>
internal sealed class StaffDirectory(HttpClient http, KugelposTokenIssuer tokens)
{
    /// <summary>The Dapr app id of the master-data service.</summary>
    public const string MasterDataAppId = "master-data";

    /// <summary>The staff member, or null when master data has none by that id.</summary>
    /// <exception cref="KugelposException">Master data cannot be reached or answers an error (502).</exception>
    public async Task<StaffView?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken)
    {
        var staff = await http.GetDataAsync<StaffRecord>(
            $"api/v1/tenants/{Uri.EscapeDataString(tenantId)}/staff/{Uri.EscapeDataString(staffId)}",
            tokens.IssueServiceToken(TerminalService.AppId, tenantId),
            Unavailable,
            cancellationToken);
        return staff is { Id: { } id, Name: { } name } ? new StaffView(id, name) : null;
    }

    private static KugelposException Unavailable(string what, Exception? inner) =>
        new(StatusCodes.Status502BadGateway, TerminalErrorCodes.MasterDataServiceError, $"The master-data service {what}", null, inner);

    // The fields of master data's StaffResponse the terminal needs.
    private sealed record StaffRecord(string? Id, string? Name);
}
