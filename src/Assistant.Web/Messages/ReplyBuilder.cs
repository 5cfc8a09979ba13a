using Assistant.Core.Answers;
using Assistant.Dialogs.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Assistant.Web.Messages;

/// <summary>
/// Turns an <see cref="Answer"/> into the reply activity (the SDK's schema): text, suggested actions (imBack), the
/// Adaptive Card (raw JSON, never the SDK's card types) with the 👍/👎 row of a stored answer, and citations. The turn context fills in the addressing.
/// </summary>
public static class ReplyBuilder
{
    /// <summary>The reply carrying <paramref name="answer"/> (its card drawn from the answer's payload alone).</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="suggestionsInCard">
    /// Put the suggested actions into the card as Action.Submit buttons instead (Teams group chats and channels show no
    /// suggested actions).
    /// </param>
    public static Activity Build(Answer answer, bool suggestionsInCard = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var card = AnswerCards.For(answer);
        if (suggestionsInCard && answer.SuggestedActions.Count > 0)
        {
            card = FeedbackCard.AttachButtons(card, answer.Language, answer.SuggestedActions);
        }

        // What the card already offers as a button is not repeated as a suggested action below it.
        var inCard = CardButtonTexts(card);
        card = FeedbackCard.Attach(card, answer);
        var reply = Text(answer.Text);
        reply.Locale = answer.Language;
        var suggestions = answer.SuggestedActions.Where(a => !inCard.Contains(a.Value) && !inCard.Contains(a.Title)).ToList();
        if (suggestions.Count > 0 && !suggestionsInCard)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. suggestions.Select(a => new CardAction { Type = ActionTypes.ImBack, Title = a.Title, Value = a.Value })],
            };
        }

        if (card is not null)
        {
            reply.Attachments = [new Attachment { ContentType = AnswerCards.ContentType, Content = JToken.Parse(card.ToJsonString()) }];
        }

        if (answer.Citations.Count > 0)
        {
            reply.Entities = [Citations(answer.Citations)];
        }

        return reply;
    }

    /// <summary>
    /// Takes the 👍/👎 row out of <paramref name="reply"/>'s card into a message of its own (returned; null when the reply has
    /// none), so that after a vote that message alone is replaced by the vote as given (<see cref="FeedbackCard.Voted"/>).
    /// </summary>
    public static Activity? SplitFeedback(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var attachment = reply.Attachments?.LastOrDefault(a => a.ContentType == AnswerCards.ContentType);
        if (attachment?.Content is null || System.Text.Json.Nodes.JsonNode.Parse(JToken.FromObject(attachment.Content).ToString(Newtonsoft.Json.Formatting.None)) is not System.Text.Json.Nodes.JsonObject card)
        {
            return null;
        }

        var (rest, row) = FeedbackCard.Split(card);
        if (row is null)
        {
            return null;
        }

        if (rest is null)
        {
            reply.Attachments!.Remove(attachment);
        }
        else
        {
            attachment.Content = JToken.Parse(rest.ToJsonString());
        }

        var feedback = Text("");
        feedback.Text = null;
        feedback.Locale = reply.Locale;
        feedback.Attachments = [Card(row)];
        return feedback;
    }

    /// <summary>The message that replaces a feedback row's after a vote: the vote as given, no buttons.</summary>
    public static Activity Voted(string id, string? lang, string vote)
    {
        var reply = Text("");
        reply.Text = null;
        reply.Id = id;
        reply.Locale = lang;
        reply.Attachments = [Card(FeedbackCard.Voted(lang, vote))];
        return reply;
    }

    private static Attachment Card(System.Text.Json.Nodes.JsonObject card) =>
        new() { ContentType = AnswerCards.ContentType, Content = JToken.Parse(card.ToJsonString()) };

    /// <summary>The titles and <c>data.text</c> of the card's Action.Submit buttons (body and actions).</summary>
    private static HashSet<string> CardButtonTexts(System.Text.Json.Nodes.JsonObject? card)
    {
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    if ((string?)o["type"] == "Action.Submit")
                    {
                        if (o["title"]?.GetValueKind() == System.Text.Json.JsonValueKind.String)
                        {
                            texts.Add((string)o["title"]!);
                        }

                        if (o["data"] is System.Text.Json.Nodes.JsonObject data && data["text"]?.GetValueKind() == System.Text.Json.JsonValueKind.String)
                        {
                            texts.Add((string)data["text"]!);
                        }
                    }

                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(card);
        return texts;
    }

    /// <summary>A plain message (no empty strings or empty lists on the wire, unlike the SDK's <c>CreateReply</c>).</summary>
    public static Activity Text(string? text) => new() { Type = ActivityTypes.Message, Text = string.IsNullOrEmpty(text) ? null : text };

    /// <summary>
    /// The citations as the schema.org Message entity Teams renders (one Claim per source: the document and section
    /// as its name, the quote as its abstract, at most 160 characters).
    /// </summary>
    public static Entity Citations(IReadOnlyList<AnswerCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var claims = new JArray();
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            claims.Add(new JObject
            {
                ["@type"] = "Claim",
                ["position"] = i + 1,
                ["appearance"] = new JObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = string.IsNullOrEmpty(c.Section) ? c.Document : $"{c.Document} — {c.Section}",
                    ["abstract"] = c.Quote.Length <= 160 ? c.Quote : c.Quote[..157] + "...",
                },
            });
        }

        return new Entity("https://schema.org/Message")
        {
            Properties = new JObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["citation"] = claims,
            },
        };
    }
}
