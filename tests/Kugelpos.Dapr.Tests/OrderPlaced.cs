namespace Kugelpos.Dapr.Tests;

/// <summary>Payload used as event and state value in the tests.</summary>
public sealed record OrderPlaced(string OrderId, int Amount);
