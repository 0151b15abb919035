using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Serialization;

/// <summary>Business dates travel as <c>YYYYMMDD</c> strings (the original's <c>strftime("%Y%m%d")</c>).</summary>
internal sealed class BusinessDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyyMMdd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new JsonException("Expected a business date string in the form YYYYMMDD.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
