using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// Prepares a new tenant in the master-data service, as the original's tenant creation does, with
/// <c>POST /api/v1/tenants</c> through the sidecar (Dapr service invocation to app <c>master-data</c>)
/// and the caller's own token, which master data checks as it would the caller's direct call.
/// </summary>
/// <param name="masterData">The Dapr service client of master data.</param>
/// <param name="logger">Where a failed setup is recorded (status only, never the token).</param>
internal sealed class MasterDataTenantSetup(HttpClient masterData, ILogger<MasterDataTenantSetup> logger)
{
    /// <summary>The Dapr app id of the master-data service.</summary>
    public const string AppId = "master-data";

    /// <summary>The master-data path that prepares a tenant.</summary>
    public const string Path = "api/v1/tenants";

    /// <summary>True when master data has prepared the tenant (it answers 2xx, also for a tenant it already knows).</summary>
    /// <param name="tenantId">The tenant being created.</param>
    /// <param name="authorization">The caller's <c>Authorization</c> header, passed on as it came.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<bool> PrepareAsync(TenantId tenantId, string authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = JsonContent.Create(new TenantSetupRequest(tenantId.Value)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await masterData.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("Master data answered {StatusCode} to the setup of tenant {TenantId}", (int)response.StatusCode, tenantId.Value);
            return false;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Master data could not be reached to set up tenant {TenantId}", tenantId.Value);
            return false;
        }
    }
}
