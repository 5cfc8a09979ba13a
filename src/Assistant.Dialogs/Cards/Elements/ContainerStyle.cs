namespace Assistant.Dialogs.Cards.Elements;

/// <summary>The <c>style</c> of a Container, Column, Table, TableRow or TableCell; <see cref="Default"/> is left out of the JSON.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
