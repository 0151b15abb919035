using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// The one way to turn Kugelpos events into JSON and back, in the wire format the
/// original Kugelpos services publish: snake_case names, money as numbers written
/// like Python floats (<c>1234.0</c>), business dates as <c>YYYYMMDD</c>, timestamps
/// as Python's <c>isoformat()</c>. Unknown fields are ignored; a missing or malformed
/// <c>event_id</c> or identity field is an <see cref="EventJsonException"/>.
/// </summary>
/// <remarks>
/// Dapr's client serializes with its own (camelCase) options: publish with
/// <see cref="SerializeToUtf8Bytes{TEvent}"/> as raw bytes, or hand <see cref="Options"/> to it.
/// </remarks>
public static class EventJson
{
    /// <summary>The shared, read-only serializer options of every event.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes <paramref name="evt"/> as wire JSON.</summary>
    /// <exception cref="ArgumentException">The event has no event id.</exception>
    public static string Serialize<TEvent>(TEvent evt)
        where TEvent : class, IKugelposEvent
    {
        EnsurePublishable(evt);
        return JsonSerializer.Serialize(evt, evt.GetType(), Options);
    }

    /// <summary>Writes <paramref name="evt"/> as UTF-8 wire JSON.</summary>
    /// <exception cref="ArgumentException">The event has no event id.</exception>
    public static byte[] SerializeToUtf8Bytes<TEvent>(TEvent evt)
        where TEvent : class, IKugelposEvent
    {
        EnsurePublishable(evt);
        return JsonSerializer.SerializeToUtf8Bytes(evt, evt.GetType(), Options);
    }

    /// <summary>Reads an event from wire JSON.</summary>
    /// <exception cref="EventJsonException">The JSON is not a valid event of this kind.</exception>
    public static TEvent Deserialize<TEvent>(string json)
        where TEvent : class, IKugelposEvent
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Validated(JsonSerializer.Deserialize<TEvent>(json, Options));
        }
        catch (JsonException ex)
        {
            throw Invalid<TEvent>(ex);
        }
    }

    /// <summary>Reads an event from UTF-8 wire JSON.</summary>
    /// <exception cref="EventJsonException">The JSON is not a valid event of this kind.</exception>
    public static TEvent Deserialize<TEvent>(ReadOnlySpan<byte> utf8Json)
        where TEvent : class, IKugelposEvent
    {
        try
        {
            return Validated(JsonSerializer.Deserialize<TEvent>(utf8Json, Options));
        }
        catch (JsonException ex)
        {
            throw Invalid<TEvent>(ex);
        }
    }

    /// <summary>Reads an event from an already parsed element, e.g. a CloudEvent's <c>data</c>.</summary>
    /// <exception cref="EventJsonException">The JSON is not a valid event of this kind.</exception>
    public static TEvent Deserialize<TEvent>(JsonElement element)
        where TEvent : class, IKugelposEvent
    {
        try
        {
            return Validated(element.Deserialize<TEvent>(Options));
        }
        catch (JsonException ex)
        {
            throw Invalid<TEvent>(ex);
        }
    }

    /// <summary>Reads an event from a UTF-8 stream, e.g. a request body.</summary>
    /// <exception cref="EventJsonException">The JSON is not a valid event of this kind.</exception>
    public static async ValueTask<TEvent> DeserializeAsync<TEvent>(Stream utf8Json, CancellationToken cancellationToken = default)
        where TEvent : class, IKugelposEvent
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return Validated(await JsonSerializer.DeserializeAsync<TEvent>(utf8Json, Options, cancellationToken));
        }
        catch (JsonException ex)
        {
            throw Invalid<TEvent>(ex);
        }
    }

    /// <summary>Reads an event from wire JSON without throwing on bad input.</summary>
    /// <param name="json">The wire JSON.</param>
    /// <param name="evt">The event, when the JSON is valid.</param>
    /// <param name="error">Why the JSON was refused, naming the field, when it is not.</param>
    /// <returns>Whether the JSON is a valid event of this kind.</returns>
    public static bool TryDeserialize<TEvent>(
        string json,
        [NotNullWhen(true)] out TEvent? evt,
        [NotNullWhen(false)] out string? error)
        where TEvent : class, IKugelposEvent
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            evt = Deserialize<TEvent>(json);
            error = null;
            return true;
        }
        catch (EventJsonException ex)
        {
            evt = null;
            error = ex.Message;
            return false;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            // A null in a non-nullable reference (tenant_id, store_code) is refused, not let through.
            RespectNullableAnnotations = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ReadOnlyListModifier.Apply } },
            Converters =
            {
                new WireDecimalConverter(),
                new NullAsFalseBooleanConverter(),
                new BusinessDateConverter(),
                new WireTimestampConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void EnsurePublishable(IKugelposEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        if (evt.EventId == Guid.Empty)
        {
            throw new ArgumentException("event_id must be a non-empty UUID before the event is published.", nameof(evt));
        }
    }

    private static TEvent Validated<TEvent>(TEvent? evt)
        where TEvent : class, IKugelposEvent
    {
        if (evt is null)
        {
            throw new EventJsonException($"The {typeof(TEvent).Name} event is JSON null.", "$");
        }

        if (evt.EventId == Guid.Empty)
        {
            throw new EventJsonException($"The {typeof(TEvent).Name} event has an empty event_id; a non-empty UUID is required.", "$.event_id");
        }

        return evt;
    }

    private static EventJsonException Invalid<TEvent>(JsonException ex)
    {
        var path = ex.Path ?? "$";
        return new EventJsonException($"The {typeof(TEvent).Name} event is invalid at {path}: {ex.Message}", path, ex);
    }
}
