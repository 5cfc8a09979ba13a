using System.Text.Json.Nodes;

namespace Assistant.Dialogs.Cards.Elements;

/// <summary>A button of a card: <see cref="SubmitAction"/> or <see cref="OpenUrlAction"/>.</summary>
public abstract record CardAction(string Title)
{
    /// <summary>The schema's <c>type</c> ("Action.Submit", "Action.OpenUrl").</summary>
    public abstract string Type { get; }

    public string? Id { get; init; }

    public ActionStyle Style { get; init; }

    /// <summary>The action as schema JSON: a new object on every call.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        CardJson.Put(json, "id", Id);
        json["title"] = Title;
        WriteProperties(json);
        CardJson.Put(json, "style", Style);
        return json;
    }

    /// <summary>Adds the action's own properties after <c>title</c>.</summary>
    protected abstract void WriteProperties(JsonObject json);
}
