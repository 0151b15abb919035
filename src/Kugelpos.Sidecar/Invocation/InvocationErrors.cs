using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Invocation;

/// <summary>daprd's answers to a service invocation it cannot deliver (<c>ERR_DIRECT_INVOKE</c>).</summary>
public static class InvocationErrors
{
    /// <summary>The target cannot be resolved or reached, or it has no app (500, as daprd answers).</summary>
    public static DaprApiException Failed(string appId, string reason) =>
        new(StatusCodes.Status500InternalServerError, StatusCode.Internal, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}, err: {reason}");

    /// <summary>Neither the path nor the <c>dapr-app-id</c> header names the target (404, as daprd answers).</summary>
    public static DaprApiException NoAppId() =>
        new(StatusCodes.Status404NotFound, StatusCode.NotFound, "ERR_DIRECT_INVOKE", "failed getting app id either from the URL path or the header dapr-app-id");
}
