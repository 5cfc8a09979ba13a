using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Core.Json;

/// <summary>The JSON conventions of every contract the assistant prints: camelCase, enums as camelCase strings, "HH:mm" times, nulls kept.</summary>
public static class FactsJson
{
    /// <summary>Options for indented output (CLI) and machine use alike.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>Compact options (one object per line, e.g. JSONL).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new HourMinuteConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
