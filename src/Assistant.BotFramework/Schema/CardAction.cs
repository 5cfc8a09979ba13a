using System.Text.Json;

namespace Assistant.BotFramework.Schema;

/// <summary>A clickable action (suggested action or card button).</summary>
public sealed record CardAction
{
    /// <summary>Kind of action, see <see cref="ActionTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Button caption.</summary>
    public string? Title { get; init; }

    /// <summary>Payload sent back (raw JSON: a string for imBack, anything for postBack).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Text sent to the bot (messageBack).</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the chat (messageBack).</summary>
    public string? DisplayText { get; init; }

    /// <summary>Icon location.</summary>
    public string? Image { get; init; }
}
