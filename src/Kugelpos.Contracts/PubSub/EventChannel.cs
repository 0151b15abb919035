namespace Kugelpos.Contracts.PubSub;

/// <summary>
/// Where one kind of event travels: the Dapr pub/sub component, its topic and
/// the route on which subscribers receive it (POST).
/// </summary>
/// <param name="PubSubName">The Dapr pub/sub component name.</param>
/// <param name="Topic">The topic within that component.</param>
/// <param name="Route">The subscriber's HTTP route, POSTed by the sidecar.</param>
public sealed record EventChannel(string PubSubName, string Topic, string Route);
