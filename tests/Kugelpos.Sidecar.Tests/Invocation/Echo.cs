namespace Kugelpos.Sidecar.Tests.Invocation;

/// <summary>What <see cref="EchoApp"/> received.</summary>
public sealed record Echo(string Method, string Path, string Query, Dictionary<string, string> Headers, string Body);
