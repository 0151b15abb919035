namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>One request the sidecar made to the test app, with the headers the tests check.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path.</param>
/// <param name="Token">The <c>dapr-api-token</c> header, if any.</param>
/// <param name="ReentrancyId">The <c>Dapr-Reentrancy-Id</c> header, if any.</param>
public sealed record AppRequest(string Method, string Path, string? Token, string? ReentrancyId);
