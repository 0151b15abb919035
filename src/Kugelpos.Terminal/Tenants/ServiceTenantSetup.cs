using Kugelpos.DocumentStore;

namespace Kugelpos.Terminal.Tenants;

/// <summary>
/// Prepares a new tenant in every <see cref="TenantSetupTarget"/> with its <c>POST /api/v1/tenants</c>,
/// through the sidecar (Dapr service invocation: each request names its target app as its host) and
/// with the caller's own token, which each service checks as it would the caller's direct call.
/// </summary>
/// <param name="invoke">The Dapr service invocation client.</param>
/// <param name="logger">Where a failed setup is recorded (status only, never the token).</param>
internal sealed class ServiceTenantSetup(HttpClient invoke, ILogger<ServiceTenantSetup> logger)
{
    /// <summary>The first service that could not prepare the tenant, or null when all did (a 2xx, also for a tenant it knew).</summary>
    /// <param name="tenantId">The tenant being created.</param>
    /// <param name="authorization">The caller's <c>Authorization</c> header, passed on as it came.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<TenantSetupTarget?> PrepareAsync(TenantId tenantId, string authorization, CancellationToken cancellationToken)
    {
        foreach (var target in TenantSetupTarget.All)
        {
            if (!await PrepareAsync(target, tenantId, authorization, cancellationToken))
            {
                return target;
            }
        }

        return null;
    }

    private async Task<bool> PrepareAsync(TenantSetupTarget target, TenantId tenantId, string authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://{target.AppId}/{TenantSetupTarget.Path}"))
        {
            Content = JsonContent.Create(new TenantSetupRequest(tenantId.Value)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        try
        {
            using var response = await invoke.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("{AppId} answered {StatusCode} to the setup of tenant {TenantId}", target.AppId, (int)response.StatusCode, tenantId.Value);
            return false;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "{AppId} could not be reached to set up tenant {TenantId}", target.AppId, tenantId.Value);
            return false;
        }
    }
}
