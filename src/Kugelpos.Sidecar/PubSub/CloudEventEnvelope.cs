using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// The CloudEvent 1.0 envelope daprd wraps published data in, with Dapr's extension fields
/// (<c>topic</c>, <c>pubsubname</c>, <c>traceparent</c>, <c>traceid</c>).
/// </summary>
public static class CloudEventEnvelope
{
    /// <summary>The content type of a structured CloudEvent.</summary>
    public const string ContentType = "application/cloudevents+json";

    /// <summary>The event type daprd gives events it wraps.</summary>
    public const string DaprEventType = "com.dapr.event.sent";

    // daprd's default when the publisher names no content type.
    private const string DefaultDataContentType = "text/plain";

    /// <summary>
    /// The envelope for <paramref name="data"/> published by <paramref name="source"/>; a body that
    /// already is a CloudEvent passes through with missing fields filled in.
    /// </summary>
    /// <exception cref="FormatException">The body claims to be a CloudEvent but is not a JSON object.</exception>
    public static byte[] Wrap(ReadOnlyMemory<byte> data, string? contentType, string source, string pubsubName, string topic, DateTimeOffset now, string? traceParent)
    {
        var envelope = IsCloudEvent(contentType) ? ParseObject(data) : new JsonObject();
        if (!IsCloudEvent(contentType))
        {
            contentType = string.IsNullOrWhiteSpace(contentType) ? DefaultDataContentType : contentType;
            envelope["datacontenttype"] = contentType;
            AddData(envelope, data, contentType);
        }

        envelope["id"] ??= Guid.NewGuid().ToString();
        envelope["specversion"] ??= "1.0";
        envelope["source"] ??= source;
        envelope["type"] ??= DaprEventType;
        envelope["time"] ??= now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        envelope["topic"] = topic;
        envelope["pubsubname"] = pubsubName;
        var trace = envelope["traceparent"] is JsonValue given && given.TryGetValue<string>(out var t) ? t : traceParent ?? NewTraceParent();
        envelope["traceparent"] = trace;
        envelope["traceid"] ??= trace;
        return JsonSerializer.SerializeToUtf8Bytes(envelope);
    }

    /// <summary>The <c>id</c> of a CloudEvent, or null when <paramref name="message"/> is not one.</summary>
    public static string? EventId(ReadOnlyMemory<byte> message) => Field(message, "id");

    /// <summary>
    /// True when <paramref name="message"/> is a JSON object with a <c>specversion</c>, with its
    /// <c>type</c> in <paramref name="eventType"/>: one parse for what every delivery needs.
    /// </summary>
    public static bool IsEnvelope(ReadOnlyMemory<byte> message, out string? eventType)
    {
        eventType = null;
        try
        {
            using var document = JsonDocument.Parse(message);
            if (Text(document.RootElement, "specversion") is null)
            {
                return false;
            }

            eventType = Text(document.RootElement, "type");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsCloudEvent(string? contentType) =>
        contentType is not null && contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);

    private static JsonObject ParseObject(ReadOnlyMemory<byte> data)
    {
        try
        {
            return JsonNode.Parse(data.Span) as JsonObject ?? throw new FormatException("the CloudEvent is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the CloudEvent is not JSON: {e.Message}", e);
        }
    }

    private static void AddData(JsonObject envelope, ReadOnlyMemory<byte> data, string contentType)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var mediaType = contentType.Split(';')[0].Trim();
        if (IsJson(mediaType) && TryParse(data, out var json))
        {
            envelope["data"] = json;
        }
        else if ((IsJson(mediaType) || IsText(mediaType)) && TryDecodeUtf8(data, out var text))
        {
            envelope["data"] = text;
        }
        else
        {
            envelope["data_base64"] = Convert.ToBase64String(data.Span);
        }
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);

    private static bool TryParse(ReadOnlyMemory<byte> data, out JsonNode? node)
    {
        try
        {
            node = JsonNode.Parse(data.Span);
            return true;
        }
        catch (JsonException)
        {
            node = null;
            return false;
        }
    }

    private static bool TryDecodeUtf8(ReadOnlyMemory<byte> data, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, true).GetString(data.Span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static string? Field(ReadOnlyMemory<byte> message, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            return Text(document.RootElement, name);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string NewTraceParent() =>
        $"00-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01";
}
