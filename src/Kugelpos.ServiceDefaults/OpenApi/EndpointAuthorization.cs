using Microsoft.AspNetCore.Authorization;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>Whether an endpoint lets only authenticated callers in, and which, read from its metadata.</summary>
internal static class EndpointAuthorization
{
    public static bool IsRequired(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;

        // The last word wins, as in the authorization middleware: AllowAnonymous overrides.
        return metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
    }

    /// <summary>Whether the endpoint also lets a terminal in by its API key (the Tenant policy does).</summary>
    public static bool TakesTerminalKey(ApiDescription description) =>
        IsRequired(description)
        && description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any(data => data.Policy == KugelposPolicies.Tenant);
}
