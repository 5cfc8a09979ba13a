using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Core.Answers;

/// <summary>Writes a payload as its runtime type (the property is declared as the abstract base); payloads are never read back.</summary>
public sealed class AnswerPayloadJsonConverter : JsonConverter<AnswerPayload>
{
    public override AnswerPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("answer payloads are written, never read");

    public override void Write(Utf8JsonWriter writer, AnswerPayload value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
