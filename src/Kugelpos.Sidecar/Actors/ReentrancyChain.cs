namespace Kugelpos.Sidecar.Actors;

/// <summary>A call chain that may re-enter an actor it holds, and how deep into one actor it may go.</summary>
/// <param name="Id">The chain's <c>Dapr-Reentrancy-Id</c>.</param>
/// <param name="MaxStackDepth">The actor type's <c>reentrancy.maxStackDepth</c>.</param>
internal sealed record ReentrancyChain(string Id, int MaxStackDepth);
