using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Money on the wire. The original sends Python floats, so <c>1234</c> and
/// <c>1234.0</c> both read (exactly, as decimal) and values are written the way
/// Python writes a float: trailing zeros dropped, at least one decimal place.
/// A null reads as 0, the original's default for these fields.
/// </summary>
internal sealed class WireDecimalConverter : JsonConverter<decimal>
{
    // Dividing by 1 written with 28 decimal places yields the value at its smallest exact scale.
    private const decimal NormalizingOne = 1.0000000000000000000000000000m;

    public override bool HandleNull => true;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => 0m,
            JsonTokenType.Number when reader.TryGetDecimal(out var value) => value,
            JsonTokenType.Number => throw new JsonException("The number is outside the range of a decimal."),
            _ => throw new JsonException($"Expected a number but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToPythonFloatForm(value));

    private static decimal ToPythonFloatForm(decimal value)
    {
        var normalized = value / NormalizingOne;
        return normalized.Scale == 0 ? normalized + 0.0m : normalized;
    }
}
