using System.Globalization;
using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A column width: "auto", "stretch", a relative weight (a JSON number) or pixels ("80px").</summary>
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int number, bool pixels) => (Keyword, Number, Pixels) = (keyword, number, pixels);

    /// <summary>As wide as the content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", 0, false);

    /// <summary>Takes the remaining width.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", 0, false);

    private string? Keyword { get; }

    private int Number { get; }

    private bool Pixels { get; }

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Weight(int weight) => new(null, weight > 0 ? weight : throw new ArgumentOutOfRangeException(nameof(weight)), false);

    /// <summary>A fixed width in pixels.</summary>
    public static ColumnWidth Px(int pixels) => new(null, pixels > 0 ? pixels : throw new ArgumentOutOfRangeException(nameof(pixels)), true);

    public JsonNode ToJson() =>
        Keyword is not null ? JsonValue.Create(Keyword)
            : Pixels ? JsonValue.Create(Number.ToString(CultureInfo.InvariantCulture) + "px")
            : JsonValue.Create(Number);
}
