using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary><c>Action.OpenUrl</c>: opens a web page, a <c>tel:</c> or a <c>mailto:</c> link.</summary>
public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title)
{
    public override string Type => "Action.OpenUrl";

    protected override void WriteProperties(JsonObject json) => json["url"] = Url;
}
