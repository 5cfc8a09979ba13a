using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Small talk, the overview of a vacancy someone shows interest in, and the question "which vacancy?".</summary>
public static partial class ConversationAnswers
{
    public static Answer Smalltalk(TurnContext t)
    {
        var key = Thanks().IsMatch(t.Text) ? "smalltalk.thanks" : Bye().IsMatch(t.Text) ? "smalltalk.bye" : "smalltalk.greeting";
        return AnswerKit.Make(t, Intents.Smalltalk, AnswerSources.Rules, Texts.Get(t.Language, key), [], [], null, actions: AnswerKit.FollowUps(t.Language, "smalltalk"));
    }

    /// <summary>A polite refusal for questions that are not about the vacancies.</summary>
    public static Answer OffTopic(TurnContext t) =>
        AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, Texts.Get(t.Language, "offtopic"), [], [], null, actions: AnswerKit.FollowUps(t.Language, "unknown"));

    /// <summary>Key facts of a vacancy: scale, deadline state and salary range, then "what would you like to know?".</summary>
    public static Answer Overview(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var status = DeadlineTool.Evaluate(v, t.Now);
        var deadline = status.Status switch
        {
            "open" => Texts.Get(lang, "overview.deadline.open", ("date", Format.Date(lang, status.LastDay!.Value))),
            "closed" => Texts.Get(lang, "overview.deadline.closed", ("date", Format.Date(lang, status.LastDay!.Value))),
            _ => Texts.Get(lang, "overview.deadline.notStated"),
        };
        var salary = v.Salary is { Min: { } min, Max: { } max } s
            ? Texts.Get(lang, "overview.salary", ("min", Format.Money(lang, min)), ("max", Format.Money(lang, max)), ("period", Texts.Get(lang, s.Period == SalaryPeriod.Hour ? "score5.period.hour" : "period." + s.Period.ToString().ToLowerInvariant())))
            : "";
        var text = Texts.Get(lang, "overview", ("vacancy", Format.Vacancy(lang, v)), ("scale", v.Scale ?? "?"), ("deadline", deadline), ("salary", salary)).Trim()
            + " " + Texts.Get(lang, "overview.ask");
        Citation? scaleCitation = v.Citations.TryGetValue("scale", out var c) ? c : null;
        return AnswerKit.Make(t, Intents.General, AnswerSources.Rules, text, [v.Id], [scaleCitation, status.Deadline?.Citation, v.Salary?.Citation], new VacancyOverviewPayload(v.Id, v.Title, v.Organisation, v.Scale, status), actions: AnswerKit.FollowUps(lang, "general"));
    }

    /// <summary>Asks which vacancy is meant, with the candidates (or all vacancies) as buttons.</summary>
    public static Answer WhichVacancy(TurnContext t, string intent, IReadOnlyList<VacancyFacts> candidates, bool ambiguous)
    {
        var lang = t.Language;
        var actions = candidates.Take(6).Select(v => new SuggestedAction(Format.Vacancy(lang, v), Format.Vacancy(lang, v))).ToList();
        var text = Texts.Get(lang, ambiguous ? "which.vacancy.ambiguous" : "which.vacancy");
        return AnswerKit.Make(t, intent, AnswerSources.Rules, text, candidates.Select(v => v.Id), [], null, intent == "eligibility" ? "need-info" : null, actions);
    }

    [GeneratedRegex(@"\b(dank|bedankt|merci|thanks|thank you|thx|merci beaucoup)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(tot ziens|dag|doei|bye|goodbye|au revoir|salut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bye();
}
