using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Lookups;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Deadline answers: open until when, days left, today until what time, closed since when, or not stated (with the contact).</summary>
public static partial class DeadlineAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        if (v.OtherDeadlines.FirstOrDefault(d => d.Kind == "internal-application") is { } own && InternalCandidate().IsMatch(t.Analysis.FoldedText))
        {
            // "Ik werk bij de gemeente, tot wanneer kan ik me intern kandidaat stellen?": the staff's own deadline.
            v = v with { ApplicationDeadline = own with { Kind = "application" } };
        }

        var lang = t.Language;
        var status = DeadlineTool.Evaluate(v, t.Now);
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?> { status.Deadline?.Citation };
        var time = status.LastTime is { } lt ? Texts.Get(lang, "time.at", ("time", Format.Time(lt))) : "";
        switch (status.Status)
        {
            case "not-stated" when v.ContinuousRecruitment:
                // Continuous recruitment is a fact the document states, not a missing deadline.
                text.Append(Texts.Get(lang, "deadline.continuous", ("vacancy", vacancy)));
                citations.Add(v.Citations.TryGetValue("continuousRecruitment", out var continuous) ? continuous : null);
                break;
            case "not-stated":
                var contact = LookupTool.ContactFor(v, "application");
                if (UnreadDeadline(t, v) is { } said)
                {
                    // A date written in a form the rules do not read: the sentence is quoted rather than "no deadline stated".
                    text.Append(Texts.Get(lang, "fact13.deadline.unread", ("vacancy", vacancy), ("quote", said.Quote), ("contact", Format.Contact(lang, contact))));
                    citations.Add(said);
                }
                else
                {
                    text.Append(Texts.Get(lang, "deadline.notStated", ("vacancy", vacancy), ("contact", Format.Contact(lang, contact))));
                }

                citations.Add(contact?.Citation);
                break;
            case "closed":
                text.Append(Texts.Get(lang, "deadline.closed", ("vacancy", vacancy), ("date", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time)));
                break;
            default:
                if (status.ClosesToday)
                {
                    // The day is said as a date too: a candidate who checks it against the document sees the same day.
                    text.Append(Texts.Get(lang, "deadline.today", ("date", Format.Date(lang, status.LastDay ?? Assistant.Tools.Time.Brussels.Today(t.Now), weekday: true)),
                        ("time", Format.Time(status.LastTime ?? new TimeOnly(23, 59)))));
                    break;
                }

                var deadline = status.Deadline!;
                if (deadline.Opens is { } opens && Assistant.Tools.Time.Brussels.Today(t.Now) < opens)
                {
                    // "Kan ik me nu al inschrijven?" before the period opens: not yet, from which day, then until when.
                    text.Append(Texts.Get(lang, "fact13.deadline.notYetOpen", ("opens", Format.Date(lang, opens, weekday: true)))).Append(' ');
                }

                text.Append(deadline.Inclusive || deadline.Time is not null
                    ? Texts.Get(lang, "deadline.open", ("vacancy", vacancy), ("date", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time))
                    : Texts.Get(lang, "deadline.open.before", ("vacancy", vacancy), ("date", Format.Date(lang, deadline.Date)), ("lastDay", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time)));
                var days = status.DaysLeft!.Value;
                text.Append(' ').Append(days == 1
                    ? Texts.Get(lang, "deadline.daysLeft.one", ("lastDay", Format.Date(lang, status.LastDay!.Value)))
                    : Texts.Get(lang, "deadline.daysLeft", ("days", days), ("lastDay", Format.Date(lang, status.LastDay!.Value))));
                break;
        }

        if (status.Status != "not-stated" && status.Deadline?.Citation.Quote is { } stated && Changed().Match(stated) is { Success: true } change)
        {
            // "UPDATE: de termijn werd verlengd tot …", "Rechtzetting: de uiterste datum is …": a candidate who read the old date
            // learns that this one replaces it.
            text.Append(' ').Append(Texts.Get(lang, change.Groups["ext"].Success ? "num19.deadline.extended" : "num19.deadline.changed", ("quote", stated)));
        }

        if (DeadlineChannels.Asks(t.Analysis.FoldedText) && DeadlineChannels.Sentence(t, v, status.Deadline?.Citation) is { } ways)
        {
            text.Append(' ').Append(Texts.Get(lang, "deadline.channel", ("quote", ways.Quote)));
            citations.Add(ways);
        }

        if (t.Analysis.AlsoStepDate is { } kind && ProcedureAnswers.StepDateAlso(t, v, kind) is { } step)
        {
            // "Hoeveel dagen nog, en wanneer is de schriftelijke proef?": both halves are answered.
            text.Append(' ').Append(step.Text);
            citations.AddRange(step.Citations);
        }
        else if (StepWhenAsked().IsMatch(t.Analysis.FoldedText) && status.Deadline?.Citation is { } said && StepClause(said.Quote) is { } clause)
        {
            // "…, en wanneer is de eerste proef?" when no step carries that date but the deadline's own sentence names it: "Solliciteer
            // uiterlijk op 13 januari; de eerste proef vindt plaats op 21 januari." The clause is quoted.
            text.Append(' ').Append(Texts.Get(lang, "sal17.deadline.stepClause", ("quote", clause)));
        }

        if (status.YearInferred)
        {
            text.Append(' ').Append(Texts.Get(lang, "deadline.yearInferred"));
        }

        return AnswerKit.Make(t, Intents.Deadline, AnswerSources.Rules, text.ToString(), [v.Id], citations, new DeadlinePayload(status));
    }

    /// <summary>A deadline sentence that says the date was extended ("verlengd", "uitgesteld") or changed ("gewijzigd", "rechtzetting").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<ext>\bverleng\w*|\buitgesteld\b|\bverschoven\b|\bextended\b|\bprolong\w*|\breport[eé]e?\b)|\bgewijzigd\b|\baangepast\b|\brechtzetting\b|\bcorrectie\b|\berratum\b|\bnieuwe (?:uiterste |sluitings)?datum\b|\bcorrected\b|\bchanged\b|\bmodifi[eé]e?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Changed();

    /// <summary>
    /// The sentence of the vacancy's public passages that sets a deadline in words the extraction did not read as a date
    /// ("uiterlijk op 31.1", "ten laatste de 15de"): a deadline word followed closely by a number, in an application sentence.
    /// </summary>
    private static Citation? UnreadDeadline(TurnContext t, VacancyFacts v)
    {
        var hits = t.Knowledge.Index.Search(new Assistant.Knowledge.Index.SearchQuery("solliciteren kandidatuur uiterlijk ten laatste tot en met", v.Id, IncludeInternal: false, Top: 8));
        foreach (var hit in hits)
        {
            foreach (var sentence in System.Text.RegularExpressions.Regex.Split(hit.Passage, @"(?<=[.!?])\s+(?=\p{Lu})"))
            {
                if (DeadlineSentence().IsMatch(sentence) && ApplicationWords.Sentence().IsMatch(sentence))
                {
                    var quote = string.Join(' ', sentence.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    return new Citation(hit.VacancyId, hit.Document, hit.Section, quote, hit.Start, hit.End);
                }
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:uiterlijk|ten laatste|tot en met|t\.e\.m\.|t/m|vóór|deadline|sluitingsdatum|uiterste datum)\b[^.;]{0,30}?\d", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DeadlineSentence();

    /// <summary>The clause of a deadline sentence that dates a selection step ("de schriftelijke proef gaat door op 27 januari 2027"), or null.</summary>
    private static string? StepClause(string sentence)
    {
        foreach (var clause in System.Text.RegularExpressions.Regex.Split(sentence, @";\s*|(?<=[.!?])\s+"))
        {
            if (StepSentences.StepWord().IsMatch(clause) && DateWords().IsMatch(clause) && !ApplicationWords.Sentence().IsMatch(clause))
            {
                return clause.Trim().TrimEnd('.');
            }
        }

        return null;
    }

    /// <summary>A question that asks when a test or interview takes place ("wanneer is de eerste proef", "when is the test", "quand a lieu l'épreuve").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:wanneer|welke dag|when|what day|which day|quand|quel jour)\b.{0,40}\b(?:proef|proeven|test|examen|exam|gesprek|interview|assessment|case|selectie|selection|epreuve|entretien)")]
    private static partial System.Text.RegularExpressions.Regex StepWhenAsked();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateWords();

    /// <summary>Folded nl/en/fr words of a candidate who is on the staff already or asks the internal route.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bintern(e|al|e kandidaat|ly)?\b|\bpersoneelslid\b|\bik werk (al )?(bij|voor) (de|het|jullie)\b|\b(i|we) (already )?work (for|at) (the|your)\b|\b(staff member|employee of)\b|\bje travaille (deja )?(pour|a|chez)\b|\binterne?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InternalCandidate();
}
