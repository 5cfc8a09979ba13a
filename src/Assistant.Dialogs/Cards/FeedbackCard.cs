using System.Text.Json.Nodes;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;

namespace Assistant.Dialogs.Cards;

/// <summary>
/// The 👍/👎 under every stored answer: a short question and two <c>Action.Submit</c> buttons whose data is
/// <c>{"feedback": "up"|"down", "turnId": …, "lang": …}</c> (never the answer's or the user's text). Added at the end of the
/// answer's card, or as a small card of its own when the answer has none.
/// </summary>
public static class FeedbackCard
{
    /// <summary>The key of the vote in the buttons' data.</summary>
    public const string VoteKey = "feedback";

    /// <summary>The key of the turn id in the buttons' data.</summary>
    public const string TurnKey = "turnId";

    /// <summary>The key of the answer's language in the buttons' data (the thanks are in it).</summary>
    public const string LanguageKey = "lang";

    /// <summary>
    /// <paramref name="card"/> (the answer's card JSON, or null) with the feedback row added at the end of its body; a card
    /// holding only the row when there is no card; <paramref name="card"/> unchanged when the answer has no stored turn.
    /// </summary>
    public static JsonObject? Attach(JsonObject? card, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.TurnId is not { } turnId)
        {
            return card;
        }

        var row = Row(answer.Language, turnId);
        if (card?["body"] is not JsonArray body)
        {
            return new AdaptiveCard(row) { Lang = answer.Language }.ToJson();
        }

        foreach (var element in row)
        {
            body.Add(element.ToJson());
        }

        return card;
    }

    /// <summary>
    /// <paramref name="card"/> (or a new card) with <paramref name="actions"/> as Action.Submit buttons at the end of its
    /// body, each sending its value as <c>{"text": …}</c> (where a channel shows no suggested actions).
    /// </summary>
    public static JsonObject AttachButtons(JsonObject? card, string lang, IReadOnlyList<SuggestedAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var set = new ActionSet([.. actions.Select(a => (CardAction)SubmitAction.Says(a.Title, a.Value))]).ToJson();
        if (card?["body"] is JsonArray body)
        {
            body.Add(set);
            return card;
        }

        var json = new AdaptiveCard([]) { Lang = lang }.ToJson();
        ((JsonArray)json["body"]!).Add(set);
        return json;
    }

    /// <summary>The question and the two buttons.</summary>
    public static IReadOnlyList<CardElement> Row(string lang, string turnId) =>
    [
        new TextBlock(Texts.Get(lang, "feedback.prompt")) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Separator = true, Spacing = CardSpacing.Medium },
        new ActionSet(
        [
            new SubmitAction(Texts.Get(lang, "feedback.up"), Data(FeedbackVotes.Up, turnId, lang)),
            new SubmitAction(Texts.Get(lang, "feedback.down"), Data(FeedbackVotes.Down, turnId, lang)),
        ]) { Spacing = CardSpacing.Small },
    ];

    /// <summary>What a channel answers a vote with, in the answer's language.</summary>
    public static string Thanks(string? lang, string vote) =>
        Texts.Get(lang is { } l && Texts.Languages.Contains(l) ? l : "nl", vote == FeedbackVotes.Down ? "feedback.thanks.down" : "feedback.thanks.up");

    private static JsonObject Data(string vote, string turnId, string lang) =>
        new() { [VoteKey] = vote, [TurnKey] = turnId, [LanguageKey] = lang };
}
