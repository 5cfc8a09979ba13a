namespace Assistant.BotFramework.Schema;

/// <summary>Quick replies shown under a message.</summary>
public sealed record SuggestedActions
{
    /// <summary>Ids of the recipients the actions are shown to (all when empty).</summary>
    public IList<string>? To { get; init; }

    /// <summary>The actions.</summary>
    public IList<CardAction>? Actions { get; init; }
}
