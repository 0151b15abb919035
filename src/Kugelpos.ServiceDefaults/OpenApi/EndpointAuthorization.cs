using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Kugelpos.ServiceDefaults.OpenApi;

/// <summary>Whether an endpoint lets only authenticated callers in, read from its metadata.</summary>
internal static class EndpointAuthorization
{
    public static bool IsRequired(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;

        // The last word wins, as in the authorization middleware: AllowAnonymous overrides.
        return metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
    }
}
