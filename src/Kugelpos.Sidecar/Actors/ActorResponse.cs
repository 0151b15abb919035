namespace Kugelpos.Sidecar.Actors;

/// <summary>The app's answer to an actor call, passed back to the caller unchanged.</summary>
/// <param name="Status">The app's HTTP status.</param>
/// <param name="Headers">The response headers worth passing on (content type, remoting error marker).</param>
/// <param name="Body">The response body.</param>
public sealed record ActorResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);
