using Dapr;
using Grpc.Core;

namespace Kugelpos.Dapr.Tests;

/// <summary>Exceptions shaped the way DaprClient throws them.</summary>
internal static class DaprFaults
{
    public static DaprException Rpc(StatusCode code, string detail = "sidecar said no") =>
        new("State operation failed: the Dapr endpoint indicated a failure. See InnerException for details.",
            new RpcException(new Status(code, detail)));

    public static DaprException Unavailable() => Rpc(StatusCode.Unavailable, "connection refused");
}
