using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction;
using Assistant.Tools.Lookups;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Heb ik een rijbewijs nodig?", "Moet ik Frans kennen?": the vacancy's requirement lines about that topic, quoted
/// (a general requirement, a requirement sentence no rule evaluated, a preference or a line saying it is not required),
/// or, when its requirement lines say nothing about it, that they say nothing (an unanswered question, with the contact).
/// No verdict: the question states no facts.
/// </summary>
public static class RequirementAnswers
{
    private const int MaxQuotes = 3;

    /// <summary>The answer about <paramref name="topic"/> ("licence", "language", "nationality", "age") for vacancy <paramref name="v"/>.</summary>
    public static Answer Compose(TurnContext t, VacancyFacts v, string topic)
    {
        var lang = t.Language;
        var r = v.Requirements;
        var lines = new List<(Citation Citation, bool Preference)>();
        // An age limit is read as a lower or an upper bound.
        lines.AddRange(r.General.Where(g => g.Kind == topic || (topic == "age" && g.Kind is "min-age" or "max-age")).Select(g => (g.Citation, false)));
        lines.AddRange(r.Unparsed.Where(u => u.Touches.Contains(topic)).Select(u => (u.Citation, false)));
        lines.AddRange(r.Preferences.Where(p => RequirementRules.Touches(p.Citation.Quote).Contains(topic)).Select(p => (p.Citation, !p.NotRequired)));
        var distinct = lines.DistinctBy(l => l.Citation.Quote).Take(MaxQuotes).ToList();
        var vacancy = Format.Vacancy(lang, v);
        var topicText = Texts.Get(lang, "req.topic." + topic);
        var text = distinct.Count == 0
            ? Texts.Get(lang, "req.none", ("vacancy", vacancy), ("topic", topicText))
            : Texts.Get(lang, "req.lines", ("vacancy", vacancy), ("topic", topicText),
                ("quotes", Format.List(lang, distinct.Select(l => "«" + l.Citation.Quote.Trim() + "»" + (l.Preference ? Texts.Get(lang, "req.preference") : "")).ToList())));
        var citations = distinct.Select(l => (Citation?)l.Citation).ToList();
        if (distinct.Count == 0 && LookupTool.ContactFor(v, "procedure") is { } contact)
        {
            // Nothing in the requirements: the contact person can say more.
            text += " " + Texts.Get(lang, "req.contact", ("contact", Format.Contact(lang, contact)));
            citations.Add(contact.Citation);
        }

        // Requirement lines that say nothing about the topic answer nothing: the unanswered question's intent, with the contact.
        return distinct.Count == 0
            ? AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, text, [v.Id], citations, null)
            : AnswerKit.Make(t, Intents.Eligibility, AnswerSources.Rules, text, [v.Id], citations, null);
    }
}
