using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr;

/// <summary>
/// How a service calls another service: through its own sidecar's service invocation, never a
/// configured base URL, so on Kubernetes the call gets Dapr's name resolution, mTLS, retries and
/// tracing, and on one machine the local sidecar finds the target among its cluster's apps.
/// </summary>
public static class DaprServiceClientExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed <see cref="HttpClient"/> whose requests
    /// (relative URIs, e.g. <c>api/v1/tenants/A1234/stores</c>) go to <paramref name="appId"/> through
    /// the sidecar: Dapr's <see cref="InvocationHandler"/>, pointed at <c>DAPR_HTTP_ENDPOINT</c> (or
    /// <c>DAPR_HTTP_PORT</c>) read from configuration, which includes the environment, and carrying
    /// <c>DAPR_API_TOKEN</c> from the environment as the SDK reads it. Retries and timeouts are the sidecar's (its resiliency policy), so
    /// none are added here.
    /// </summary>
    /// <typeparam name="TClient">The service's client for <paramref name="appId"/>; it takes an <see cref="HttpClient"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="appId">The Dapr app id of the service called, e.g. <c>master-data</c>.</param>
    /// <returns>The client's builder, for what the service adds (a token handler, say).</returns>
    public static IHttpClientBuilder AddDaprServiceClient<TClient>(this IServiceCollection services, string appId)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);

        // The app id is the request host; DefaultAppId keeps it exact even with capitals, which a URI host loses.
        return services
            .AddHttpClient<TClient>(client => client.BaseAddress = new Uri($"http://{appId}/"))
            .AddHttpMessageHandler(provider =>
            {
                var handler = new InvocationHandler { DefaultAppId = appId };
                if (DaprSidecarAddress.HttpEndpoint(provider.GetService<IConfiguration>()) is { } endpoint)
                {
                    handler.DaprEndpoint = endpoint;
                }

                return handler;
            });
    }
}
