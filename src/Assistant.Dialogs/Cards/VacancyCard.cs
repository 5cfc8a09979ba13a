using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Cards;

/// <summary>
/// A vacancy as a card to share in a conversation (the Teams message extension inserts it): title, employer, scale, the
/// application deadline at the given moment (open with its last day, or closed) with its source sentence, and a link to
/// the public page when the host knows its address. Only public facts of the vacancy document.
/// </summary>
public static class VacancyCard
{
    public static AdaptiveCard Build(string lang, VacancyFacts vacancy, DateTimeOffset now, Uri? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var body = new List<CardElement>
        {
            new TextBlock(vacancy.Title ?? vacancy.Id) { Wrap = true, Size = TextSize.Medium, Weight = TextWeight.Bolder },
        };
        var facts = new List<Fact>();
        if (vacancy.Organisation is { Length: > 0 } employer)
        {
            facts.Add(new Fact(Texts.Get(lang, "vcard.employer"), employer));
        }

        if (vacancy.Scale is { Length: > 0 } scale)
        {
            facts.Add(new Fact(Texts.Get(lang, "vcard.scale"), scale));
        }

        var status = vacancy.ApplicationDeadline is null ? null : DeadlineTool.Evaluate(vacancy, now);
        if (status?.LastDay is { } last)
        {
            var key = status.Status == "closed" ? "vcard.deadline.closed" : "vcard.deadline.open";
            facts.Add(new Fact(Texts.Get(lang, "vcard.deadline"), Texts.Get(lang, key, ("date", Format.Date(lang, last)))));
        }
        else if (vacancy.ContinuousRecruitment)
        {
            facts.Add(new Fact(Texts.Get(lang, "vcard.deadline"), Texts.Get(lang, "vcard.deadline.continuous")));
        }

        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }

        if (vacancy.ApplicationDeadline?.Citation is { } citation)
        {
            body.Add(new TextBlock("“" + citation.Quote.Trim() + "”") { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body)
        {
            Lang = lang,
            FallbackText = vacancy.Title ?? vacancy.Id,
            Actions = pageUrl is null ? [] : [new OpenUrlAction(Texts.Get(lang, "vcard.open"), pageUrl.AbsoluteUri)],
        };
    }
}
