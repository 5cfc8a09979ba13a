using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Core.Json;

/// <summary>Writes times of day as "HH:mm", the form every contract uses.</summary>
public sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.Parse(reader.GetString() ?? throw new JsonException("time expected"), CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
