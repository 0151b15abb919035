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

    /// <summary>A connection to the sidecar that broke mid-call, as Grpc.Net.Client reports it.</summary>
    public static DaprException ConnectionReset() =>
        new("failed", new RpcException(new Status(StatusCode.Internal, "Error reading next message.", new IOException("reset"))));

    /// <summary>daprd's answer when the state store behind it failed (gRPC Internal, ERR_STATE_GET's message).</summary>
    public static DaprException StoreDown() =>
        Rpc(StatusCode.Internal, "fail to get order from state store statestore: dial tcp 127.0.0.1:6379: connect: connection refused");
}
