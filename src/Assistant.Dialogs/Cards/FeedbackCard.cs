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
        Prompt(lang),
        new ActionSet(
        [
            new SubmitAction(Texts.Get(lang, "feedback.up"), Data(FeedbackVotes.Up, turnId, lang)),
            new SubmitAction(Texts.Get(lang, "feedback.down"), Data(FeedbackVotes.Down, turnId, lang)),
        ]) { Spacing = CardSpacing.Small, Id = ActionsId },
    ];

    /// <summary>The id of the row's question in the card JSON.</summary>
    public const string PromptId = "feedback-prompt";

    /// <summary>The id of the row's 👍/👎 buttons in the card JSON.</summary>
    public const string ActionsId = "feedback-actions";

    /// <summary>The id of the vote shown as given, in place of the buttons.</summary>
    public const string GivenId = "feedback-given";

    /// <summary>
    /// The row after a vote: the question and the vote as given ("✓ 👍 Yes"), no buttons, so the same answer cannot be voted
    /// on again from it. The page does the same in the browser (wwwroot/js/app.js).
    /// </summary>
    public static JsonObject Voted(string? lang, string vote)
    {
        var l = lang is { } x && Texts.Languages.Contains(x) ? x : "nl";
        CardElement[] row =
        [
            Prompt(l),
            new TextBlock("✓ " + Texts.Get(l, vote == FeedbackVotes.Down ? "feedback.down" : "feedback.up")) { Wrap = true, Weight = TextWeight.Bolder, Spacing = CardSpacing.Small, Id = GivenId },
        ];
        return new AdaptiveCard(row) { Lang = l }.ToJson();
    }

    /// <summary>
    /// Takes the 👍/👎 row out of <paramref name="card"/> (for a channel that shows it as a message of its own, which can then
    /// be replaced by <see cref="Voted"/>): the card left (null when only the row was in it) and a card holding the row
    /// (null when there was none).
    /// </summary>
    public static (JsonObject? Remaining, JsonObject? Row) Split(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card["body"] is not JsonArray body)
        {
            return (card, null);
        }

        var row = body.Where(e => e?["id"]?.GetValue<string>() is PromptId or ActionsId).ToList();
        if (row.Count == 0)
        {
            return (card, null);
        }

        foreach (var element in row)
        {
            body.Remove(element);
        }

        var alone = new AdaptiveCard([]) { Lang = card["lang"]?.GetValue<string>() }.ToJson();
        var rowBody = (JsonArray)alone["body"]!;
        foreach (var element in row)
        {
            rowBody.Add(element);
        }

        return (body.Count == 0 ? null : card, alone);
    }

    private static TextBlock Prompt(string lang) =>
        new(Texts.Get(lang, "feedback.prompt")) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Separator = true, Spacing = CardSpacing.Medium, Id = PromptId };

    /// <summary>What a channel answers a vote with, in the answer's language.</summary>
    public static string Thanks(string? lang, string vote) =>
        Texts.Get(lang is { } l && Texts.Languages.Contains(l) ? l : "nl", vote == FeedbackVotes.Down ? "feedback.thanks.down" : "feedback.thanks.up");

    private static JsonObject Data(string vote, string turnId, string lang) =>
        new() { [VoteKey] = vote, [TurnKey] = turnId, [LanguageKey] = lang };
}
