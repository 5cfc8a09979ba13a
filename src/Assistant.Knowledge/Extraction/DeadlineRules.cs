using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The application deadline ("Solliciteren kan tot en met …", "Solliciteer ten laatste …", "uiterste
/// inschrijvingsdatum is …", "kandidaturen vóór …") and other deadlines (return of an assignment, documents).
/// Timing tables ("Uiterste inschrijvingsdatum | 12/02/2027", "Deadline: 12.02.2027") count as deadline sentences.
/// "vóór" makes the deadline exclusive; a time after the date is kept.
/// An application form is an application channel: "Vul het online formulier in … t.e.m. 14/03/2027" dates the application.
/// "test" as a word of another step never matches inside "attest" ("je EVC-attest en je cv vóór 1 maart"): a document
/// to send along does not make the sentence about a test.
/// </summary>
public static partial class DeadlineRules
{
    /// <summary>Finds the application deadline (null when the documents state none) and the other deadlines.</summary>
    public static (Deadline? Application, IReadOnlyList<Deadline> Others) Find(ExtractionContext ctx)
    {
        var candidates = new List<(Deadline Deadline, int Score)>();
        var others = new List<Deadline>();
        var opening = new Dictionary<(int Line, int At), DateOnly>();
        foreach (var (line, date) in ctx.AllDates())
        {
            if (date.Date is not { } day)
            {
                continue;
            }

            if (RelativeDeadlineRules.Covers(line.Text, date.Start, date.End))
            {
                continue;
            }

            var (sStart, sEnd) = DocumentView.SentenceBounds(line.Text, date.Start, date.End);
            if (PeriodEnd(ctx, line, date, sEnd) is { } end)
            {
                opening[(line.Index, end.Start)] = day;
                continue;
            }

            var sentence = line.Text[sStart..sEnd];
            var before = line.Text[sStart..date.Start];
            var time = date.Time ?? TimeNear(line.Text, date.End, sEnd) ?? TimeBefore(before) ?? TimeInList(ctx, line, sEnd);
            var exclusive = Exclusive().IsMatch(before);
            var deadline = new Deadline(day, time, !exclusive, date.YearInferred, ctx.View.Cite(line, sStart, sEnd))
            {
                Opens = opening.TryGetValue((line.Index, date.Start), out var opens) && opens < day ? opens : null,
            };
            var score = ApplicationScore(sentence, before, line);
            if (score == 0 && BareDeadline(sentence, before, line))
            {
                score = 1;
            }

            // "Solliciteer online via het formulier, met je cv. Dat kan tot en met 24 januari 2027.": a sentence that points back to
            // the application sentence before it ("dat kan", "dit kan") with a deadline word before the date.
            if (score == 0 && PointsBack().IsMatch(before) && DeadlineCue().IsMatch(before) && !OtherStep().IsMatch(sentence)
                && sStart > 1 && ApplicationWords().IsMatch(PreviousSentence(line.Text, sStart)))
            {
                score = 1;
            }

            // "De proef is op 23 januari; om deel te nemen moet je kandidatuur ons uiterlijk op 8 januari bereiken.": a clause of
            // its own (after ";" or ",") that names the application and a deadline word dates the application, whatever step the
            // sentence named first.
            if (score == 0 && Clause(line.Text, sStart, date.Start, sEnd) is var (cBefore, cSentence) && DeadlineCue().IsMatch(cBefore))
            {
                score = ApplicationScore(cSentence, cBefore, line);
            }

            // "De deadline werd verlengd tot 24 januari", "de inschrijvingstermijn is uitgesteld naar …", "kandidaturen: verlengd t.e.m.
            // 3/2": an extended deadline outranks the date it replaces, wherever that one stands.
            if (Extended().IsMatch(before) && !AssignmentWords().IsMatch(sentence) && (line.Topic == Topic.Application || ExtendedSubject().IsMatch(sentence)))
            {
                score = Math.Max(score, 6);
            }

            if (score > 0)
            {
                candidates.Add((deadline, score + (time is null ? 0 : 1)));
            }
            else if (OtherDeadline().IsMatch(sentence) && DeadlineCue().IsMatch(before + " " + sentence))
            {
                others.Add(deadline with { Kind = AssignmentWords().IsMatch(sentence) ? "assignment" : "document" });
            }
        }

        // "Ten laatste drie weken na de publicatiedatum": counted from the stated publication date.
        foreach (var relative in RelativeDeadlineRules.Find(ctx, PublicationRules.Find(ctx)))
        {
            candidates.Add((relative, 3 + (relative.Time is null ? 0 : 1)));
        }

        // "Uiterlijk 10 kalenderdagen vóór de sportproef van 15 maart": counted back from the event's date.
        foreach (var relative in RelativeDeadlineRules.FindBeforeEvent(ctx))
        {
            candidates.Add((relative, 3 + (relative.Time is null ? 0 : 1)));
        }

        if (candidates.Count == 0)
        {
            return (null, others);
        }

        // "Interne kandidaten solliciteren ten laatste op 15 januari. Externe kandidaten kunnen solliciteren tot en met 29 januari.":
        // a deadline said for the staff only is theirs; the application deadline is the one for everyone else, and the internal
        // one is kept beside it (kind "internal-application").
        var internalOnes = candidates.Where(c => InternalOnly().IsMatch(c.Deadline.Citation.Quote)).ToList();
        if (internalOnes.Count > 0 && internalOnes.Count < candidates.Count)
        {
            candidates.RemoveAll(c => internalOnes.Contains(c));
            others.AddRange(internalOnes.Select(c => c.Deadline with { Kind = "internal-application" }).DistinctBy(d => d.Date));
        }

        var best = candidates.OrderByDescending(c => c.Score).First().Deadline;
        var sameDay = candidates.Where(c => c.Deadline.Date == best.Date).Select(c => c.Deadline).ToList();
        if (best.Time is null && sameDay.FirstOrDefault(d => d.Time is not null) is { } timed)
        {
            best = best with { Time = timed.Time };
        }

        if (candidates.Select(c => c.Deadline.LastDay).Distinct().Count() > 1)
        {
            ctx.Note("inconsistent", "applicationDeadline", $"several application deadlines are stated: {string.Join(", ", candidates.Select(c => c.Deadline.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct())}; using {best.LastDay:yyyy-MM-dd}", best.Citation);
        }

        return (best, others);
    }

    /// <summary>"van 26 januari tot 12 februari 2027", "26/01/2027 – 12/02/2027": the first date opens the period, the second closes it.</summary>
    private static DateMention? PeriodEnd(ExtractionContext ctx, TextLine line, DateMention date, int sentenceEnd)
    {
        var next = ctx.DatesOn(line).FirstOrDefault(d => d.Start >= date.End && d.Start < sentenceEnd);
        return next is not null && PeriodJoin().IsMatch(line.Text[date.End..next.Start]) ? next : null;
    }

    private static int ApplicationScore(string sentence, string before, TextLine line)
    {
        var labelled = DeadlineLabel().IsMatch(sentence) && !AssignmentWords().IsMatch(sentence);
        if (!(ApplicationWords().IsMatch(sentence) || labelled) || NotApplication().IsMatch(before))
        {
            return 0;
        }

        // "Na screening van je cv nodigen we je uit op 20 maart voor een gesprek": with no deadline word before the date,
        // a sentence about a test, an interview or an invitation dates that step, not the application.
        if (!DeadlineCue().IsMatch(before) && !labelled && OtherStep().IsMatch(sentence))
        {
            return 0;
        }

        var score = 1;
        if (DeadlineCue().IsMatch(before)) score += 2;
        if (StrongCue().IsMatch(sentence)) score += 2;
        if (line.Topic == Topic.Application) score += 1;
        return score;
    }

    /// <summary>
    /// "Uiterlijk op 8 maart 2027 (datum van de poststempel).", "Ten laatste vrijdag 12/3/2027.": a date with a deadline
    /// word before it, in the application section, with no word of another step (test, assignment, document), is the
    /// application deadline even when the sentence itself does not say "kandidatuur". The deadline word may close a clause
    /// that names the mailbox or the form: "Mail naar jobs@x.be, uiterlijk op 14.03.2027.", "Vul het formulier in – ten laatste 3/4".
    /// A sending verb may stand before the deadline word, with a few words of its own: "Stuur uiterlijk op 31.01:" over the list of
    /// what to send, "Mail ons ten laatste op 12 maart:", "Upload alles uiterlijk 5 februari".
    /// </summary>
    private static bool BareDeadline(string sentence, string before, TextLine line) =>
        line.Topic == Topic.Application && (BareCue().IsMatch(before) || (StrongCueBefore().IsMatch(before) && !OtherSubject().IsMatch(sentence)))
        && !NotApplication().IsMatch(sentence) && !AssignmentWords().IsMatch(sentence) && !OtherDeadline().IsMatch(sentence);

    /// <summary>
    /// The clause around a date that a ";" or "," opens inside its sentence: the words from the clause start to the date and the
    /// whole clause (up to the next ";" or the sentence end); null when the date's clause is the whole sentence.
    /// </summary>
    private static (string Before, string Clause)? Clause(string text, int sentenceStart, int dateStart, int sentenceEnd)
    {
        var open = text.LastIndexOfAny([';', ','], Math.Max(sentenceStart, dateStart - 1), Math.Max(0, dateStart - sentenceStart));
        if (open < sentenceStart || open <= 0)
        {
            return null;
        }

        var close = text.IndexOf(';', dateStart, sentenceEnd - dateStart);
        var end = close < 0 ? sentenceEnd : close;
        return (text[(open + 1)..dateStart], text[(open + 1)..end]);
    }

    /// <summary>The sentence of <paramref name="text"/> that ends just before <paramref name="start"/>.</summary>
    private static string PreviousSentence(string text, int start)
    {
        var previous = DocumentView.Sentences(text).LastOrDefault(x => x.End <= start && x.End > x.Start);
        return previous.End > previous.Start ? text[previous.Start..previous.End] : "";
    }

    /// <summary>
    /// "Kandidaturen worden ingediend tot en met 25 januari 2027:" over "- online via het formulier (tot 23.59 uur), of": a
    /// deadline sentence that opens a list of the ways to apply takes the closing hour one of its items states.
    /// </summary>
    private static TimeOnly? TimeInList(ExtractionContext ctx, TextLine line, int sentenceEnd)
    {
        if (!line.Text[..sentenceEnd].TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var lines = ctx.View.Lines;
        var at = lines.ToList().FindIndex(l => ReferenceEquals(l, line));
        for (var i = at + 1; at >= 0 && i < lines.Count && i <= at + 4 && lines[i].Section == line.Section && lines[i].Text.TrimStart().StartsWith('-'); i++)
        {
            var m = ItemClosingTime().Match(lines[i].Text);
            if (m.Success && DutchDates.FindTime(m.Groups["time"].Value) is { } time)
            {
                return time;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:tot|vóór|voor|uiterlijk|ten laatste)\s+(?:om\s+)?(?<time>\d{1,2}(?:\s*[u:h.]\s*\d{2})?\s*(?:uur|u|h)\b|middernacht)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemClosingTime();

    private static TimeOnly? TimeNear(string text, int from, int to)
    {
        var window = text[from..Math.Min(to, from + 40)];
        return TimeAfter().IsMatch(window) ? DutchDates.FindTime(window) : null;
    }

    /// <summary>A time written just before the date: "tot 12 uur op 15 januari", "ten laatste om middernacht van 15/01/2027".</summary>
    private static TimeOnly? TimeBefore(string before)
    {
        var m = TimeThenDate().Match(before);
        return m.Success ? DutchDates.FindTime(m.Groups["time"].Value) : null;
    }

    /// <summary>
    /// What may stand between a date and its time: "om", "tot", a comma, a dash, a bracket, a table cell ("|", ":" after
    /// cleaning) or nothing at all ("15 maart 2027 12.00 uur", a date and a time on two lines joined by cleaning).
    /// </summary>
    [GeneratedRegex(@"^\W{0,6}(?:om|tot|,|-|–|\(|\||:|(?=\d{1,2}\s*(?:[u:h.]\s*\d{2}|uur\b|u\b|h\b))|(?=middernacht))", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"^(?:.*?(?:,|\s[-–]|\ben dit|\ben wel)\s+|\W*(?:stuur|verstuur|bezorg|mail|e-mail|dien|upload|laad|reageer|solliciteer|schrijf|meld|registreer|kandideer|breng)\p{L}*(?:\s+(?!(?:uiterlijk|ten|tot|vóór|voor)\b)\p{L}+){0,3}\s+)?\W*(?:uiterlijk|ten laatste|tot en met|t\.e\.m\.|tem|vóór|voor|tot)\s+(?:(?:om\s+)?(?:\d{1,2}(?:\s*[u:h.]\s*\d{2})?\s*(?:uur|u|h)|middernacht)\s+)?(?:op\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareCue();

    /// <summary>
    /// A strong deadline word right before the date, wherever the sentence starts: "Je reactie verwachten we uiterlijk 15 januari",
    /// "We moeten je gegevens ten laatste op 3/2 hebben"; a plain "tot" or "voor" is too weak on its own.
    /// </summary>
    [GeneratedRegex(@"\b(?:uiterlijk|ten laatste|tot en met|t\.e\.m\.|vóór)\s+(?:om\s+\d{1,2}(?:[u:.h]\d{2})?\s*(?:uur|u|h)?\s+)?(?:op\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCueBefore();

    /// <summary>What else a date in the application section may be the deadline of: a diploma or licence to obtain, a document, a start, a result.</summary>
    [GeneratedRegex(@"diploma|attest|getuigschrift|behaal|behaald|afstude|afgestudeerd|rijbewijs|in dienst|indiensttreding|start|begin|uittreksel|bewijs|resultat|uitslag|beschikbaar|contract|stage", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    /// <summary>A sentence that opens by pointing back to the one before: "Dat kan tot …", "Dit kan nog tot …", "Dat mag uiterlijk …".</summary>
    [GeneratedRegex(@"^\W*(?:dat|dit|het|en dat|en dit)\s+(?:kan|mag|moet|gebeurt|doe je|kun je|kan je)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?:om|tot|uiterlijk|ten laatste|vóór|voor)\s+(?<time>\d{1,2}(?:\s*[u:h.]\s*\d{2})?\s*(?:uur|u|h)?(?:\s*['’]s\s*(?:middags|namiddags|avonds))?|middernacht)\s*(?:op|van|,)?\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeThenDate();

    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:tot(?:\s+en\s+met)?|t\.e\.m\.|t/m|tem|–|—|-|>)\s*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodJoin();

    [GeneratedRegex(@"^\W*(?:deadline|sluitingsdatum|uiterste datum|einddatum|afsluitdatum|(?:af)?sluiting\s+(?:van\s+)?(?:de\s+)?(?:vacature|inschrijvingen|kandidaturen|sollicitaties|oproep)|einde\s+(?:van\s+)?(?:de\s+)?(?:inschrijvingen|kandidaturen|sollicitaties|inschrijvingsperiode))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineLabel();

    [GeneratedRegex(@"sollicit|kandida|inschrijving|inschrijven|\w*formulier\b|kandideren|reageren|reageer|solliciteer|aanmelden|afsluiting|afgesloten|interesse|\bcv\b|curriculum vitae|motivatiebrief|\b(?:stuur|stuurt|mail|mailt|bezorg|bezorgt|verstuur|verstuurt|bezorgen|sturen|mailen|laad|upload)\b[^.]{0,60}?\bmotivatie|vacature\w*\s+(?:sluit|loopt|eindigt|blijft|staat)|\breactie\b|\blaat\s+(?:het\s+)?(?:ons|me|mij)\s+(?:\w+\s+)?weten\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationWords();

    [GeneratedRegex(@"tot en met|t\.e\.m\.|t/m\b|tem\b|ten laatste|uiterlijk|uiterste|vóór|voor\s*$|voor\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)?\s*$|tot\b|deadline|afsluiting|afgesloten|sluit|namelijk|tegen\s*$|is\s*$|:\s*$|\|\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineCue();

    [GeneratedRegex(@"uiterste (inschrijvings|sollicitatie)?datum|solliciteren kan|solliciteer (?:ten laatste|uiterlijk|vóór|voor|tot)|kandidaturen .*(?:ten laatste|uiterlijk|vóór)|afsluiting van de (inschrijvingen|kandidaturen)|deadline", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    [GeneratedRegex(@"(?:vóór|\bvoor)\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusive();

    [GeneratedRegex(@"proef|(?<!at)test|gesprek|interview|assessment|week van|vindt plaats|gaat door|fietslease|tussen\s*$|(?:in dienst|indiensttreding|start\w*|begin\w*|aanvang|gepubliceerd|verschenen|publicatiedatum|pensioen|behaal\w*|behalen|behaald|afstude\w*|afgestudeerd|afgerond|afronden)\b[^.]{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex NotApplication();

    [GeneratedRegex(@"proef|(?<!at)test|gesprek|interview|assessment|uitgenodigd|uitnodig|selectiedag|examen|start|in dienst|indiensttreding", RegexOptions.IgnoreCase)]
    private static partial Regex OtherStep();

    [GeneratedRegex(@"terug|bezorg|indienen|ingediend|deadline|ontvangen|opladen|doorsturen", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDeadline();

    [GeneratedRegex(@"proef|opdracht|case|(?<!at)test", RegexOptions.IgnoreCase)]
    private static partial Regex AssignmentWords();

    /// <summary>A deadline moved later, right before the new date: "verlengd tot (en met)", "uitgesteld naar", "verschoven tot op".</summary>
    [GeneratedRegex(@"\b(?:verlengd|uitgesteld|verschoven|opgeschoven|verlenging)\b[^.;]{0,30}?\b(?:tot(?:\s+en\s+met)?|t\.e\.m\.|tem|t/m|naar|tot op)\s+(?:op\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*,?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Extended();

    /// <summary>What an extension moves: the deadline, the application or registration period, the vacancy.</summary>
    [GeneratedRegex(@"deadline|termijn|uiterste|sluitingsdatum|inschrijving|kandida|sollicit|vacature|oproep|indienen", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedSubject();


    /// <summary>A sentence about the staff's own applications: "interne kandidaten", "personeelsleden (van …) solliciteren", "voor interne mobiliteit".</summary>
    [GeneratedRegex(@"^\W*(?:interne\s+(?:kandida\w*|sollicita\w*|mobiliteit|personeelsleden)|personeelsleden\b|(?:voor|bij)\s+interne\s+(?:kandida\w*|mobiliteit|bevordering|sollicita\w*)|intern(?:e)?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex InternalOnly();
}
