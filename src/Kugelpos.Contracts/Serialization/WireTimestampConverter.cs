using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Timestamps travel as Python's <c>datetime.isoformat()</c>: <c>2025-05-01T10:15:30.123456+09:00</c>,
/// the fraction left out when it is zero. Any ISO 8601 form with or without fraction reads;
/// one without an offset is taken as UTC, which is what the original's database hands back.
/// </summary>
internal sealed class WireTimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] ReadFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
    ];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParseExact(
                reader.GetString(),
                ReadFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var timestamp))
        {
            return timestamp;
        }

        throw new JsonException("Expected an ISO 8601 timestamp string such as 2025-05-01T10:15:30.123456+09:00.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToPythonIsoFormat(value));

    private static string ToPythonIsoFormat(DateTimeOffset value)
    {
        var seconds = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var offset = value.ToString("zzz", CultureInfo.InvariantCulture);
        var ticks = value.Ticks % TimeSpan.TicksPerSecond;

        // Python keeps microseconds; a finer .NET value keeps its seventh digit rather than lose it.
        var fraction = ticks switch
        {
            0 => string.Empty,
            _ when ticks % 10 == 0 => "." + (ticks / 10).ToString("D6", CultureInfo.InvariantCulture),
            _ => "." + ticks.ToString("D7", CultureInfo.InvariantCulture),
        };
        return seconds + fraction + offset;
    }
}
