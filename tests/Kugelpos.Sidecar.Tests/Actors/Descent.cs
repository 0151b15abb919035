namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>How deep <see cref="SelfCallingActor"/> calls itself, and how long each nested call waits.</summary>
public sealed record Descent(int Levels, int TimeoutMilliseconds);
