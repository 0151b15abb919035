using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Actors;

/// <summary>daprd's actor API errors, with its codes and messages.</summary>
public static class ActorErrors
{
    /// <summary>No actor state store is configured for this app.</summary>
    public static DaprApiException RuntimeNotFound() =>
        new(StatusCodes.Status500InternalServerError, StatusCode.Internal, "ERR_ACTOR_RUNTIME_NOT_FOUND",
            "actors: state store does not exist or incorrectly configured");

    /// <summary>No app in the process hosts <paramref name="actorType"/> (daprd: "did not find address for actor").</summary>
    public static DaprApiException NotHosted(string errorCode, string actorType, string actorId) =>
        new(StatusCodes.Status500InternalServerError, StatusCode.Internal, errorCode,
            $"error invoke actor method: did not find address for actor {actorType}/{actorId}: no app hosts actor type {actorType}");

    /// <summary>The actor is not hosted by the app this sidecar serves (state is only reachable from the host).</summary>
    public static DaprApiException InstanceMissing() =>
        new(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, "ERR_ACTOR_INSTANCE_MISSING", "actor instance is missing");

    /// <summary>
    /// A reentrant chain would pass its type's <c>reentrancy.maxStackDepth</c> in one actor; daprd's
    /// <c>ErrActorMaxStackDepthExceeded</c> (pkg/messages/predefined.go): 500 / ResourceExhausted.
    /// </summary>
    public static DaprApiException StackDepthExceeded() =>
        new(StatusCodes.Status500InternalServerError, StatusCode.ResourceExhausted, "ERR_ACTOR_STACK_DEPTH", "maximum stack depth exceeded");

    /// <summary>The app failed the call or answered with a status other than 200.</summary>
    public static DaprApiException Invoke(string detail) =>
        new(StatusCodes.Status500InternalServerError, StatusCode.Internal, "ERR_ACTOR_INVOKE_METHOD", $"error invoke actor method: {detail}");

    /// <summary>A reminder or timer request daprd would refuse.</summary>
    public static DaprApiException BadSchedule(string errorCode, string message) =>
        new(StatusCodes.Status400BadRequest, StatusCode.InvalidArgument, errorCode, message);

    /// <summary>A state operation the store refused.</summary>
    public static DaprApiException State(string errorCode, string message, int status = StatusCodes.Status500InternalServerError) =>
        new(status, status == StatusCodes.Status400BadRequest ? StatusCode.InvalidArgument : StatusCode.Internal, errorCode, message);
}
