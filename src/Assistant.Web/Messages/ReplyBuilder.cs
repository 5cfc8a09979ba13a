using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.BotFramework.Schema;
using Assistant.Core.Answers;
using Assistant.Dialogs.Cards;
using Assistant.Knowledge.Base;

namespace Assistant.Web.Messages;

/// <summary>Turns an <see cref="Answer"/> into the reply activity: text, suggested actions (imBack), the Adaptive Card and citations.</summary>
public static class ReplyBuilder
{
    /// <summary>The reply to <paramref name="incoming"/> carrying <paramref name="answer"/>.</summary>
    public static Activity Build(Activity incoming, Answer answer, KnowledgeSnapshot? knowledge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(answer);
        var vacancy = answer.VacancyIds.Count == 1 ? knowledge?.Find(answer.VacancyIds[0])?.Facts : null;
        var card = AnswerCards.For(answer, vacancy, now);
        return incoming.CreateReply(answer.Text) with
        {
            Locale = answer.Language,
            SuggestedActions = answer.SuggestedActions.Count == 0 ? null : new SuggestedActions
            {
                Actions = [.. answer.SuggestedActions.Select(a => new CardAction { Type = ActionTypes.ImBack, Title = a.Title, Value = JsonSerializer.SerializeToElement(a.Value) })],
            },
            Attachments = card is null ? null : [new Attachment { ContentType = AnswerCards.ContentType, Content = JsonSerializer.SerializeToElement(card) }],
            Entities = answer.Citations.Count == 0 ? null : [Citations(answer.Citations)],
        };
    }

    /// <summary>
    /// The citations as the schema.org Message entity Teams renders (one Claim per source: the document and section
    /// as its name, the quote as its abstract, at most 160 characters).
    /// </summary>
    public static Entity Citations(IReadOnlyList<AnswerCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var claims = new JsonArray();
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            claims.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = i + 1,
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = string.IsNullOrEmpty(c.Section) ? c.Document : $"{c.Document} — {c.Section}",
                    ["abstract"] = c.Quote.Length <= 160 ? c.Quote : c.Quote[..157] + "...",
                },
            });
        }

        return new Entity
        {
            Type = "https://schema.org/Message",
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["@type"] = JsonSerializer.SerializeToElement("Message"),
                ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
                ["citation"] = JsonSerializer.SerializeToElement(claims),
            },
        };
    }
}
