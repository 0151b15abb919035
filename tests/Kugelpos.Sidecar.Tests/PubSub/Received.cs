using System.Text.Json;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>One delivery a test app received: the route, the content type and the CloudEvent.</summary>
public sealed record Received(string Route, string? ContentType, JsonElement Event, string AppInstance)
{
    /// <summary>The CloudEvent id.</summary>
    public string Id => Event.GetProperty("id").GetString()!;
}
