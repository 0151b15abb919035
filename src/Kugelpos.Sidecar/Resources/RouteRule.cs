namespace Kugelpos.Sidecar.Resources;

/// <summary>A routing rule of a subscription: a CEL <c>match</c> and the path it sends to.</summary>
public sealed record RouteRule(string Match, string Path);
