using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Quantities the original declares as <c>Optional[int] = 0</c>: a null reads as 0 and
/// a whole float such as <c>2.0</c> reads as 2. Identity numbers do not use this; for
/// them a null stays an error.
/// </summary>
internal sealed class NullAsZeroInt32Converter : JsonConverter<int>
{
    public override bool HandleNull => true;

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected a whole number but found {reader.TokenType}.");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        if (reader.TryGetDecimal(out var number) && decimal.Truncate(number) == number
            && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        throw new JsonException("Expected a whole number within the range of a 32-bit integer.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
