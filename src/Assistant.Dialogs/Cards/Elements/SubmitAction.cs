using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>
/// <c>Action.Submit</c>: the channel sends <see cref="Data"/> back as a message's <c>value</c> (Web Chat posts an
/// object as postBack, a string as imBack text). Our buttons send <c>{"text": "…"}</c> so a press reads like that message.
/// </summary>
public sealed record SubmitAction(string Title, JsonNode? Data) : CardAction(Title)
{
    public override string Type => "Action.Submit";

    /// <summary>A button whose press acts like the user typing <paramref name="text"/>.</summary>
    public static SubmitAction Says(string title, string text) => new(title, new JsonObject { ["text"] = text });

    protected override void WriteProperties(JsonObject json)
    {
        if (Data is not null)
        {
            json["data"] = Data.DeepClone();
        }
    }
}
