using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Stock.Alerts;

/// <summary>The original's WebSocket messages are snake_case JSON, unlike the REST bodies.</summary>
internal static class AlertJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
