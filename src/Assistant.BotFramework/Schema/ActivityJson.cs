using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Assistant.BotFramework.Schema;

/// <summary>
/// The wire format of activities: read case-insensitively, write camelCase, omit nulls and never
/// write empty strings (real clients treat <c>""</c> differently from a missing field).
/// </summary>
public static class ActivityJson
{
    /// <summary>Serializer options for activities and everything they contain.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises an activity with <see cref="Options"/>.</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    /// <summary>Parses an activity with <see cref="Options"/>.</summary>
    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyStrings } },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyStrings(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties.Where(p => p.PropertyType == typeof(string)))
        {
            property.ShouldSerialize = static (_, value) => value is string { Length: > 0 };
        }
    }
}
