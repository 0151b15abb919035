namespace Kugelpos.Sidecar.Actors;

/// <summary>One actor method call as the SDK sent it to the sidecar.</summary>
/// <param name="ActorType">The actor type.</param>
/// <param name="ActorId">The actor id.</param>
/// <param name="Method">The method name (remoting and non-remoting alike).</param>
/// <param name="Body">The request body, read in full before the turn is awaited.</param>
/// <param name="ContentType">The request's content type, if any.</param>
/// <param name="RemotingHeader">The <c>X-DaprRequestHeader</c> of a remoting call.</param>
/// <param name="ReentrancyId">The <c>Dapr-Reentrancy-Id</c> of the call chain, if any.</param>
public sealed record ActorCall(
    string ActorType,
    string ActorId,
    string Method,
    byte[] Body,
    string? ContentType,
    string? RemotingHeader,
    string? ReentrancyId);
