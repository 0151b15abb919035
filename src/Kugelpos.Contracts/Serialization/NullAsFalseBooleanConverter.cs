using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Flags on the wire: every flag of the original is <c>Optional[bool] = False</c>, so a
/// null reads as false instead of failing.
/// </summary>
internal sealed class NullAsFalseBooleanConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null or JsonTokenType.False => false,
            JsonTokenType.True => true,
            _ => throw new JsonException($"Expected true or false but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);
}
