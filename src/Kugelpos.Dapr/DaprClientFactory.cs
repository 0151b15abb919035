using Dapr.Client;
using Grpc.Net.Client;

namespace Kugelpos.Dapr;

/// <summary>Builds the pooled <see cref="DaprClient"/> described in the seed's performance notes.</summary>
internal static class DaprClientFactory
{
    /// <summary>
    /// The sidecar endpoints and API token come from DAPR_GRPC_ENDPOINT, DAPR_HTTP_ENDPOINT and
    /// DAPR_API_TOKEN in <paramref name="configuration"/> when set there (the one-machine host and
    /// the tests run several services in one process, each beside its own sidecar, so the process
    /// environment cannot name it), else in the environment, which <see cref="DaprClientBuilder"/> reads itself.
    /// </summary>
    public static DaprClient Create(DaprOptions options, Microsoft.Extensions.Configuration.IConfiguration? configuration = null)
    {
        var channelOptions = new GrpcChannelOptions
        {
            HttpHandler = CreateHandler(options),
            DisposeHttpClient = true,

            // The builder's own default, lost when we pass our own options: without it a
            // cancelled call surfaces as RpcException(Cancelled) instead of OperationCanceledException.
            ThrowOperationCanceledOnCancellation = true,
        };

        var builder = new DaprClientBuilder()
            .UseGrpcChannelOptions(channelOptions)
            .UseTimeout(options.CallTimeout);
        if (DaprSidecarAddress.GrpcEndpoint(configuration) is { } grpcEndpoint)
        {
            builder.UseGrpcEndpoint(grpcEndpoint);
        }

        if (DaprSidecarAddress.HttpEndpoint(configuration) is { } httpEndpoint)
        {
            builder.UseHttpEndpoint(httpEndpoint);
        }

        if (DaprSidecarAddress.ApiToken(configuration) is { } apiToken)
        {
            builder.UseDaprApiToken(apiToken);
        }

        return builder.Build();
    }

    /// <summary>The connection pool to the sidecar.</summary>
    public static SocketsHttpHandler CreateHandler(DaprOptions options) => new()
    {
        MaxConnectionsPerServer = options.MaxConnections,
        ConnectTimeout = options.ConnectTimeout,
        PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,

        // gRPC multiplexes calls over one HTTP/2 connection; the connection cap only means
        // something when the handler may open more than one.
        EnableMultipleHttp2Connections = true,

        // Finds a dead sidecar connection while calls wait on it, instead of at the call's deadline.
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
    };
}
