using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.ServiceDefaults;

/// <summary>Protection for endpoints that only the Dapr sidecar may call.</summary>
public static class DaprAppTokenExtensions
{
    /// <summary>
    /// Requires the <c>dapr-api-token</c> request header to equal the app token in configuration
    /// <c>APP_API_TOKEN</c> (the variable daprd reads), compared in constant time; otherwise the
    /// request gets a 401 envelope. When <c>APP_API_TOKEN</c> is not configured the check passes,
    /// just as daprd without an app token sends none. Works on any endpoint or group (minimal APIs,
    /// Dapr subscription and actor endpoints alike) and is enforced by <c>MapServiceDefaults</c>.
    /// </summary>
    /// <param name="builder">The endpoint or group.</param>
    public static TBuilder RequireDaprAppToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint => endpoint.Metadata.Add(DaprAppTokenRequirement.Instance));
        return builder;
    }
}
