using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>Writes schema properties, leaving out nulls, empty strings, false flags and default enum values.</summary>
internal static class CardJson
{
    public static void Put(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }

    public static void Put(JsonObject json, string name, bool value)
    {
        if (value)
        {
            json[name] = true;
        }
    }

    public static void Put<TEnum>(JsonObject json, string name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!value.Equals(default(TEnum)))
        {
            json[name] = Name(value);
        }
    }

    /// <summary>The schema's spelling of an enum value: <c>ExtraLarge</c> is "extraLarge".</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    public static void PutArray<T>(JsonObject json, string name, IReadOnlyList<T> items, Func<T, JsonNode> write, bool evenIfEmpty = false)
    {
        if (items.Count == 0 && !evenIfEmpty)
        {
            return;
        }

        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(write(item));
        }

        json[name] = array;
    }
}
