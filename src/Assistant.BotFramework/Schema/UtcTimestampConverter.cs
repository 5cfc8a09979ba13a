using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>Writes timestamps in UTC with a <c>Z</c> suffix; reads any ISO 8601 form.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    /// <remarks>Anything but an ISO 8601 string is a <see cref="JsonException"/> (a bad request), never a FormatException.</remarks>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : throw new JsonException("timestamp must be an ISO 8601 date and time");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }
}
