namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A horizontal alignment (<c>horizontalAlignment</c>, <c>horizontalCellContentAlignment</c>); <see cref="Default"/> (inherit) is left out of the JSON.</summary>
public enum CellAlignment
{
    Default,
    Left,
    Center,
    Right,
}
