using System.Text;
using Assistant.Core.Answers;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Procedures.Answers;
using Assistant.Procedures.Facts;
using Assistant.Procedures.Questions;
using Assistant.Procedures.Structure;

namespace Assistant.Dialogs.Answering.Hr;

/// <summary>
/// Puts procedure results into words in the asker's language (nl/en/fr) with the Dutch source quoted: an article in
/// full, a computed date with the term and counting rule it follows, a term, how a reserve may be extended, numbered
/// steps, a passage; the HR mailbox for individual cases and for what the documents do not say.
/// </summary>
public static class HrAnswers
{
    /// <summary>The "document" of procedure citations: they come from the general documents, not from a vacancy.</summary>
    public const string CitationScope = "general";

    public static Answer Compose(TurnContext t, ProcedureResult r)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(r);
        var lang = t.Language;
        var text = new StringBuilder();
        var source = "rules";
        switch (r.Kind)
        {
            case "article":
                text.Append(Texts.Get(lang, "hr.article.intro", ("label", "Art. " + r.Article), ("document", r.Units[0].DocumentTitle)));
                foreach (var u in r.Units)
                {
                    text.Append("\n“").Append(u.Paragraph is null ? "" : $"§{u.Paragraph}. ").Append(u.Text).Append('”');
                }

                source = "retrieval";
                break;
            case "computed":
                text.Append(HrDates.Computed(lang, r));
                Quote(text, r.Units);
                break;
            case "term":
                text.Append(Term(lang, r.Terms));
                Quote(text, r.Units);
                break;
            case "extension":
                var e = r.Extension!;
                text.Append(Texts.Get(lang, "hr.extension", ("label", e.Source.Label), ("document", e.Source.DocumentTitle),
                    ("by", e.Authority is { } who ? Texts.Get(lang, "hr.extension.by", ("authority", Lower(who))) : "")));
                if (HrDates.ExtensionLimits(lang, e) is { } limits)
                {
                    text.Append(' ').Append(limits);
                }

                Quote(text, r.Units);
                break;
            case "need-level":
                var first = r.Terms[0];
                text.Append(Texts.Get(lang, "hr.need-level", ("label", first.Source.Label), ("document", first.Source.DocumentTitle)));
                foreach (var term in r.Terms.Where(x => x.Level is not null).OrderBy(x => x.Level, StringComparer.Ordinal))
                {
                    text.Append('\n').Append(Texts.Get(lang, "hr.need-level.line", ("level", term.Level), ("duration", HrDates.Duration(lang, term.Duration))));
                }

                Quote(text, r.Units);
                break;
            case "steps":
                Steps(text, lang, r.Units);
                break;
            default:
                var u0 = r.Units[0];
                text.Append(Texts.Get(lang, "hr.passage.intro", ("label", Place(u0)), ("document", u0.DocumentTitle)));
                Quote(text, r.Units);
                source = "retrieval";
                break;
        }

        return Make(t, Intents.Procedure, source, text.ToString(), r.Units, new ProcedurePayload(r));
    }

    public static Answer Individual(TurnContext t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Make(t, "contact", "rules", Texts.Get(t.Language, "hr.individual", ("mailbox", Mailbox(t))), [], null);
    }

    public static Answer NotAvailable(TurnContext t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Make(t, "unknown", "none", Texts.Get(t.Language, "hr.notAvailable"), [], null);
    }

    public static Answer None(TurnContext t, ProcedureQuestion q)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(q);
        var text = q.Kind == "article"
            ? Texts.Get(t.Language, "hr.none.article", ("article", q.Article), ("mailbox", Mailbox(t)))
            : Texts.Get(t.Language, "hr.none", ("mailbox", Mailbox(t)));
        return Make(t, "procedure", "none", text, [], null);
    }

    private static string Term(string lang, IReadOnlyList<TermFact> terms)
    {
        var first = terms[0];
        if (terms.Count == 1 || terms.All(x => x.Duration == first.Duration))
        {
            return Texts.Get(lang, "hr.term", ("label", first.Source.Label), ("document", first.Source.DocumentTitle),
                ("kind", Texts.Get(lang, "hr.kind." + first.Kind)), ("level", first.Level is { } l ? Texts.Get(lang, "hr.level", ("level", l)) : ""),
                ("duration", HrDates.Duration(lang, first.Duration)));
        }

        var sb = new StringBuilder(Texts.Get(lang, "hr.term.levels", ("label", first.Source.Label), ("document", first.Source.DocumentTitle), ("kind", Texts.Get(lang, "hr.kind." + first.Kind))));
        foreach (var term in terms.OrderBy(x => x.Level, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(Texts.Get(lang, "hr.need-level.line", ("level", term.Level), ("duration", HrDates.Duration(lang, term.Duration))));
        }

        return sb.ToString();
    }

    private static void Steps(StringBuilder text, string lang, IReadOnlyList<ProcedureUnit> units)
    {
        var u0 = units[0];
        text.Append(Texts.Get(lang, "hr.steps.intro", ("document", u0.DocumentTitle), ("section", u0.Section.Length > 0 ? u0.Section : u0.DocumentTitle)));
        if (u0.ListIntro is { } intro)
        {
            text.Append("\n“").Append(intro).Append('”');
        }

        for (var i = 0; i < units.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(DocumentText.Quote(lang, units[i].Text));
        }
    }

    private static void Quote(StringBuilder text, IReadOnlyList<ProcedureUnit> units)
    {
        foreach (var u in units)
        {
            text.Append("\n“").Append(u.Text).Append("” (").Append(Place(u)).Append(')');
        }
    }

    /// <summary>"Art. 10 §2" or the section a unit stands in (its table row header when it is a row).</summary>
    internal static string Place(ProcedureUnit u) => u.Article is not null ? u.Label : u.Section.Length > 0 ? u.Section : u.DocumentTitle;

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string Mailbox(TurnContext t) =>
        t.Options.HrMailbox is { Length: > 0 } m ? m : t.Options.GeneralContact is { Length: > 0 } g ? g : Texts.Get(t.Language, "hr.mailbox.default");

    private static Answer Make(TurnContext t, string intent, string source, string text, IReadOnlyList<ProcedureUnit> units, AnswerPayload? facts) => new()
    {
        Text = text,
        Language = t.Language,
        Intent = intent,
        Source = source,
        Citations = units.Select(u => new AnswerCitation(CitationScope, u.Document, Place(u), u.Text)).Distinct().ToList(),
        Facts = AnswerKit.About(facts, [], t.Knowledge, t.Now),
    };
}
