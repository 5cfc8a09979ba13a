using Assistant.Core.Text;
using Assistant.Dialogs.Cards;
using Assistant.Knowledge.Base;
using Assistant.Tools.Deadlines;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Assistant.Web.Messages;

/// <summary>
/// The Teams message extension "Search vacancies" (<c>composeExtension/query</c>, command <see cref="CommandId"/>): the
/// vacancies whose title, employer or id hold every word typed (all of them when nothing is typed yet), open ones first by
/// their last day, each as a <see cref="VacancyCard"/> to insert into the conversation with a short preview.
/// </summary>
public static class VacancySearchExtension
{
    /// <summary>The command id in the app manifest.</summary>
    public const string CommandId = "searchVacancies";

    /// <summary>The search parameter's name in the app manifest.</summary>
    public const string Parameter = "searchQuery";

    /// <summary>Results per page (Teams shows up to 25).</summary>
    public const int PageSize = 25;

    public static MessagingExtensionResponse Respond(KnowledgeSnapshot knowledge, MessagingExtensionQuery query, string lang, DateTimeOffset now, string? pageUrlTemplate)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Parameters?.FirstOrDefault(p => p.Name == Parameter)?.Value?.ToString() ?? "";
        var words = TextFold.Words(text);
        var matches = knowledge.Vacancies
            .Where(v => words.Count == 0 || Contains(v, words))
            .Select(v => (Vacancy: v, Status: v.Facts.ApplicationDeadline is null ? null : DeadlineTool.Evaluate(v.Facts, now)))
            .OrderBy(x => x.Status?.Status == "closed" ? 1 : 0).ThenBy(x => x.Status?.LastDay ?? DateOnly.MaxValue).ThenBy(x => x.Vacancy.Id, StringComparer.Ordinal)
            .Skip(Math.Max(0, query.QueryOptions?.Skip ?? 0)).Take(Math.Clamp(query.QueryOptions?.Count ?? PageSize, 1, PageSize))
            .Select(x => Attachment(x.Vacancy, lang, now, pageUrlTemplate))
            .ToList();
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = "list", Attachments = matches },
        };
    }

    /// <summary>Every typed word starts a word of the vacancy's title, employer or id ("harel" finds Harelbeke).</summary>
    private static bool Contains(Vacancy vacancy, List<string> words)
    {
        var own = TextFold.Words($"{vacancy.Facts.Title} {vacancy.Facts.Organisation} {vacancy.Id.Replace('-', ' ')}");
        return words.All(w => own.Any(o => o.StartsWith(w, StringComparison.Ordinal)));
    }

    private static MessagingExtensionAttachment Attachment(Vacancy vacancy, string lang, DateTimeOffset now, string? pageUrlTemplate)
    {
        var url = string.IsNullOrWhiteSpace(pageUrlTemplate) ? null
            : Uri.TryCreate(pageUrlTemplate.Replace("{id}", Uri.EscapeDataString(vacancy.Id), StringComparison.Ordinal), UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps ? u : null;
        var card = VacancyCard.Build(lang, vacancy.Facts, now, url);
        return new MessagingExtensionAttachment
        {
            ContentType = VacancyCardContentType,
            Content = JToken.Parse(card.ToJson().ToJsonString()),
            Preview = new ThumbnailCard { Title = vacancy.Facts.Title ?? vacancy.Id, Text = vacancy.Facts.Organisation }.ToAttachment(),
        };
    }

    private const string VacancyCardContentType = AnswerCards.ContentType;
}
