namespace Kugelpos.Dapr;

/// <summary>What one helper call does, for logs and metrics: never the payload.</summary>
/// <param name="Operation">One of <see cref="DaprOperations"/>.</param>
/// <param name="Component">The pub/sub or state store component name.</param>
/// <param name="Target">The topic or the state key.</param>
internal readonly record struct DaprCall(string Operation, string Component, string Target);
