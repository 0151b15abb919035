using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar;

/// <summary>
/// A refused API call, carrying what daprd would answer over each protocol: the HTTP status
/// with its <c>ERR_…</c> code, and the gRPC status code.
/// </summary>
public sealed class DaprApiException(int httpStatus, StatusCode grpcStatus, string errorCode, string message) : Exception(message)
{
    /// <summary>The HTTP status daprd answers with.</summary>
    public int HttpStatus { get; } = httpStatus;

    /// <summary>The gRPC status daprd answers with.</summary>
    public StatusCode GrpcStatus { get; } = grpcStatus;

    /// <summary>daprd's error code (<c>ERR_STATE_STORE_NOT_FOUND</c>, …).</summary>
    public string ErrorCode { get; } = errorCode;

    /// <summary>The HTTP answer.</summary>
    public IResult ToResult() => DaprError.Result(HttpStatus, ErrorCode, Message);

    /// <summary>The gRPC answer.</summary>
    public RpcException ToRpc() => new(new Status(GrpcStatus, Message));

    /// <summary>daprd's answer to a call naming a state store the app did not load.</summary>
    public static DaprApiException StoreNotFound(string name) =>
        new(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, "ERR_STATE_STORE_NOT_FOUND", $"state store {name} is not found");

    /// <summary>A malformed request (<c>ERR_MALFORMED_REQUEST</c>).</summary>
    public static DaprApiException Malformed(string message) =>
        new(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, "ERR_MALFORMED_REQUEST", message);
}
