using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kugelpos.Sidecar.Resources;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// A scheduled reminder or timer with its next firing time as an instant, so a reloaded reminder
/// fires when it was due however long the sidecar was down. Persisted as JSON for reminders.
/// </summary>
public sealed record ActorJob(
    string ActorType,
    string ActorId,
    string Name,
    JsonElement? Data,
    string? Callback,
    string DueTime,
    string Period,
    DateTimeOffset NextDue,
    TimeSpan? Interval,
    int? Remaining,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>Schedules <paramref name="request"/> from <paramref name="now"/>.</summary>
    /// <exception cref="DaprApiException">A duration or time is malformed.</exception>
    public static ActorJob Create(string actorType, string actorId, string name, ActorJobRequest request, DateTimeOffset now, string errorCode)
    {
        var due = string.IsNullOrWhiteSpace(request.DueTime) ? now : Instant(request.DueTime, now, "dueTime", errorCode);
        TimeSpan? interval = null;
        int? remaining = null;
        if (!string.IsNullOrWhiteSpace(request.Period))
        {
            (interval, remaining) = ParsePeriod(request.Period, errorCode);
        }

        var expires = string.IsNullOrWhiteSpace(request.Ttl) ? (DateTimeOffset?)null : Instant(request.Ttl, now, "ttl", errorCode);
        if (expires is { } e && e < due)
        {
            throw ActorErrors.BadSchedule(errorCode, $"ttl {request.Ttl} ends before the first firing at {due:O}");
        }

        return new ActorJob(actorType, actorId, name, request.Data, request.Callback, request.DueTime ?? string.Empty,
            request.Period ?? string.Empty, due, interval, remaining, expires);
    }

    /// <summary>The job after one firing, or null when it is finished.</summary>
    public ActorJob? Next()
    {
        if (Interval is not { } interval || Remaining is <= 1)
        {
            return null;
        }

        var next = NextDue + interval;
        return ExpiresAt is { } expires && next > expires
            ? null
            : this with { NextDue = next, Remaining = Remaining - 1 };
    }

    /// <summary>The body the app's SDK expects on a firing: reminders <c>{data, dueTime, period}</c>, timers add <c>callback</c>.</summary>
    public byte[] AppBody(bool timer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (Data is { } data)
            {
                json.WritePropertyName("data");
                data.WriteTo(json);
            }

            if (timer)
            {
                json.WriteString("callback", Callback);
            }

            json.WriteString("dueTime", DueTime);
            json.WriteString("period", Period);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The key of this job among its actor's timers, or among its reminders (two namespaces).</summary>
    [JsonIgnore]
    public string Key => ActorJobKey.Of(ActorType, ActorId, Name);

    private static (TimeSpan Interval, int? Repetitions) ParsePeriod(string period, string errorCode)
    {
        int? repetitions = null;
        var text = period.Trim();
        if (text.StartsWith('R'))
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || !int.TryParse(text.AsSpan(1, slash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw ActorErrors.BadSchedule(errorCode, $"period '{period}' is not a valid ISO 8601 repetition (R<n>/<duration>)");
            }

            repetitions = count;
            text = text[(slash + 1)..];
        }

        if (!GoDuration.TryParse(text, out var interval) || interval < TimeSpan.Zero)
        {
            throw ActorErrors.BadSchedule(errorCode, $"period '{period}' is not a valid duration");
        }

        // A zero period fires once, as daprd treats it.
        return interval == TimeSpan.Zero ? (TimeSpan.Zero, 1) : (interval, repetitions);
    }

    private static DateTimeOffset Instant(string text, DateTimeOffset now, string field, string errorCode)
    {
        if (GoDuration.TryParse(text, out var delay))
        {
            return delay < TimeSpan.Zero
                ? throw ActorErrors.BadSchedule(errorCode, $"{field} '{text}' is negative")
                : now + delay;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw ActorErrors.BadSchedule(errorCode, $"{field} '{text}' is neither a duration nor an RFC 3339 time");
    }
}
