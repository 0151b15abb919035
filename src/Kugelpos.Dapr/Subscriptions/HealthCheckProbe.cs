using System.Text.Json;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>
/// The original's pub/sub health check: it publishes <c>{"test": "health-check", "timestamp": ...}</c>
/// on the log topics, and a subscriber answers SUCCESS to it without any effect.
/// </summary>
public static class HealthCheckProbe
{
    /// <summary>Whether <paramref name="json"/> (the event's data) is the probe: an object whose <c>test</c> is <c>health-check</c>.</summary>
    /// <param name="json">The delivered event's data.</param>
    public static bool Is(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("test", out var test)
                && test.ValueKind == JsonValueKind.String
                && test.ValueEquals("health-check");
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
