using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Documents to send: in application sections, in a list introduced by "volgende documenten:", "Wij vragen:",
/// "bezorg ons …:", "Voeg toe", or named in an application sentence ("Voeg je cv en een kopie van je diploma toe",
/// "Solliciteer via … met je cv", "Interne kandidaten voegen hun laatste evaluatie toe"). A model or code stated with a
/// document elsewhere ("uittreksel uit het strafregister model 596.2") is added to its name.
/// </summary>
public static partial class DocumentRules
{
    /// <summary>The documents to send, one per kind and group of candidates, in the order first named.</summary>
    public static IReadOnlyList<RequiredDocument> Find(ExtractionContext ctx)
    {
        var result = new List<RequiredDocument>();
        var lines = ctx.View.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // "Solliciteren kan enkel online via …, tot en met … . Laad op:": a lead may close a paragraph of other sentences.
            var lead = ListLead().IsMatch(line.Text) || (line.IsHeading && ListLead().IsMatch(line.Text + ":"))
                || (!line.IsBullet && line.Text.TrimEnd().EndsWith(':') && DocumentView.Sentences(line.Text).LastOrDefault() is var (ls, le) && le > ls && ListLead().IsMatch(line.Text[ls..le].Trim()))
                || SendLead(line, i + 1 < lines.Count ? lines[i + 1] : null);
            if (lead)
            {
                Collect(line, ctx, result);
                for (var j = i + 1; j < lines.Count && (lines[j].IsBullet || Enumerated().IsMatch(lines[j].Text)); j++)
                {
                    Collect(lines[j], ctx, result);
                }

                continue;
            }

            if (ApplicationSentence().IsMatch(line.Text) || (line.Topic == Topic.Application && SendVerb().IsMatch(line.Text)))
            {
                Collect(line, ctx, result, sentencesWith: line.Topic == Topic.Application ? null : ApplicationSentence());
            }
            else if (YouSend().IsMatch(line.Text))
            {
                // "Je bezorgt een uittreksel uit het strafregister model 596.2" among the conditions: a document to send too.
                Collect(line, ctx, result, sentencesWith: YouSend());
            }
            else if (line.Topic == Topic.Application && Suffices().IsMatch(line.Text))
            {
                Collect(line, ctx, result, sentencesWith: Suffices());
            }
        }

        return result.Select(d => WithQualifier(d, lines)).ToList();
    }

    // "Bezorg per e-mail (…) of per aangetekende brief:", "Stuur vóór de deadline naar het onderstaande adres:": a line that
    // sends something and opens a list, however long its way of sending, leads the list of documents when the list follows.
    private static bool SendLead(TextLine line, TextLine? next) =>
        !line.IsBullet && line.Text.TrimEnd().EndsWith(':') && SendVerb().IsMatch(line.Text) && !QuestionsTo().IsMatch(line.Text)
        && next is not null && (next.IsBullet || Enumerated().IsMatch(next.Text));

    private static void Collect(TextLine line, ExtractionContext ctx, List<RequiredDocument> result, Regex? sentencesWith = null)
    {
        foreach (var (s, e) in DocumentView.Sentences(line.Text))
        {
            var sentence = line.Text[s..e];
            // Outside the application section a sentence asks for documents only with a verb of sending or "met je …"
            // ("Laatstejaarsstudenten mogen solliciteren; ze starten na het behalen van hun diploma" asks for none).
            if (sentencesWith is not null && line.Topic != Topic.Application && !SendVerb().IsMatch(sentence) && !WithItem().IsMatch(sentence))
            {
                continue;
            }

            if ((sentencesWith is not null && !sentencesWith.IsMatch(sentence)) || (sentencesWith is null && !line.IsBullet && !Enumerated().IsMatch(line.Text) && !SendVerb().IsMatch(sentence) && !Suffices().IsMatch(sentence) && !ApplicationSentence().IsMatch(sentence) && !ListLead().IsMatch(sentence)))
            {
                continue;
            }

            foreach (var (kind, name, who) in DocumentItems.In(sentence))
            {
                if (!result.Any(r => r.Kind == kind && (r.For is null || r.For == who)))
                {
                    var shown = line.IsBullet && line.Content.Length <= 80 ? line.Content.Trim().TrimEnd('.', ';') : name;
                    result.Add(new RequiredDocument(shown, kind, ctx.View.Cite(line, s, e), who));
                }
            }
        }
    }

    /// <summary>The document's name with a model or code stated with it elsewhere ("model 596.2"), when its name lacks it.</summary>
    private static RequiredDocument WithQualifier(RequiredDocument d, IReadOnlyList<TextLine> lines)
    {
        var pattern = DocumentItems.Kinds.First(k => k.Kind == d.Kind).Pattern;
        if (ModelOrCode().IsMatch(d.Name))
        {
            return d;
        }

        var qualifier = lines.Select(l => DocumentItems.Qualifier(l.Text, pattern)).FirstOrDefault(q => q is not null);
        return qualifier is null ? d : d with { Name = d.Name + " (" + qualifier.Trim('(', ')', ' ') + ")" };
    }

    /// <summary>Per document, the sentences that say how an application is sent (at most two each, those that restrict the way first).</summary>
    public static IReadOnlyList<Citation> ApplicationChannel(DocumentView view) => PerDocument(view, ApplicationChannelSpans);

    /// <summary>Per document, the sentences that name a document asked for later or by someone else (<see cref="AskedLater(string)"/>).</summary>
    public static IReadOnlyList<Citation> AskedLater(DocumentView view) => PerDocument(view, AskedLaterSpans);

    private static List<Citation> PerDocument(DocumentView view, Func<string, IReadOnlyList<(string Sentence, int Start, int End)>> find) =>
        view.Documents.SelectMany(d => find(d.Text).Select(x => new Citation(view.VacancyId, d.FileName, d.SectionAt(x.Start)?.Title ?? "", x.Sentence, x.Start, x.End))).ToList();

    /// <summary>
    /// The sentences of a text that name a document asked for later or by someone else, not with the application: "Je
    /// diploma vragen we pas op als je geslaagd bent", "Het uittreksel uit het strafregister bezorg je pas na de selectie",
    /// "Een medisch attest volgt bij de aanwerving", "Je laatste evaluatie vraagt HR zelf op".
    /// </summary>
    public static IReadOnlyList<string> AskedLater(string text) => AskedLaterSpans(text).Select(x => x.Sentence).ToList();

    /// <summary>As <see cref="AskedLater(string)"/>, with each sentence's offsets in <paramref name="text"/>.</summary>
    internal static IReadOnlyList<(string Sentence, int Start, int End)> AskedLaterSpans(string text)
    {
        var found = new List<(string Sentence, int Start, int End)>();
        foreach (var (line, at) in LinesOf(text))
        {
            foreach (var (s, e) in DocumentView.Sentences(line))
            {
                var (sentence, start) = Trimmed(line, s, e);
                // "Het uittreksel mag je ook later bezorgen": a document named before may come back by its head noun alone.
                if (LaterCue().IsMatch(sentence) && (DocumentItems.Kinds.Any(k => k.Pattern.IsMatch(sentence)) || NamedBefore().IsMatch(sentence)) && !found.Any(f => f.Sentence == sentence))
                {
                    found.Add((sentence, at + start, at + start + sentence.Length));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The lines of a text with the offset each starts at; a sentence hard-wrapped over several lines ("… vragen we pas na
    /// de\ntechnische proef.") is one line, its breaks read as spaces (offsets unchanged). A line continues the previous one
    /// when that one is as long as a wrapped paragraph's (not a short list item), ends in no punctuation and this one starts
    /// with a small letter.
    /// </summary>
    private static IEnumerable<(string Line, int Start)> LinesOf(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            while (i + 1 < lines.Length && Continues(line, lines[i + 1]))
            {
                line += " " + lines[++i];
            }

            yield return (line, start);
            start += line.Length + 1;
        }
    }

    private static bool Continues(string line, string next)
    {
        var end = line.TrimEnd();
        var head = next.TrimStart();
        // "1. Afgeven aan het onthaal, Stationsplein 4,\nGemeente: maandag tot vrijdag …": a line ending in a comma goes on.
        return (end.Length >= 40 && head.Length > 0 && char.IsLower(head[0]) && char.IsLetterOrDigit(end[^1]))
            || (end.Length >= 20 && end[^1] == ',' && head.Length > 0 && !ListItem().IsMatch(head));
    }

    /// <summary>The start of a list item: "1.", "2)", "a)", a dash or a bullet.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[a-z][.)]|[-•*·–])\s")]
    private static partial Regex ListItem();

    /// <summary>A sentence of a line without its surrounding blanks and a leading bullet dash, with its offset in the line.</summary>
    private static (string Sentence, int Start) Trimmed(string line, int s, int e)
    {
        var sentence = line[s..e].Trim().TrimStart('-', ' ');
        var start = line.IndexOf(sentence, s, StringComparison.Ordinal);
        return (sentence, start < 0 ? s : start);
    }

    /// <summary>
    /// The sentences that say how an application is sent ("Solliciteren kan enkel online via …", "Kandidaturen via e-mail
    /// aanvaarden we niet", "Stuur je cv per post of via mail naar …"), those that restrict the way first; at most two.
    /// </summary>
    public static IReadOnlyList<string> ApplicationChannel(string text) => ApplicationChannelSpans(text).Select(x => x.Sentence).ToList();

    /// <summary>As <see cref="ApplicationChannel(string)"/>, with each sentence's offsets in <paramref name="text"/>.</summary>
    internal static IReadOnlyList<(string Sentence, int Start, int End)> ApplicationChannelSpans(string text)
    {
        var found = new List<(string Sentence, int Start, int End, bool Restricts)>();
        // "Je kan op twee manieren solliciteren:" followed by "1. Afgeven aan het onthaal …", "2. Per e-mail naar …": the items
        // of a list under a lead-in about applying are ways to apply, though they do not repeat the verb.
        var underApplyLead = false;
        foreach (var (line, at) in LinesOf(text))
        {
            var trimmed = line.Trim();
            var listed = underApplyLead && ListItem().IsMatch(trimmed);
            underApplyLead = listed || (trimmed.EndsWith(':') && ApplyWord().IsMatch(trimmed));
            foreach (var (s, e) in DocumentView.Sentences(line))
            {
                var (sentence, start) = Trimmed(line, s, e);
                if (sentence.Length is < 20 or > 260 || !ChannelWord().IsMatch(sentence) || !(listed || ApplyWord().IsMatch(sentence)) || QuestionsTo().IsMatch(sentence)
                    || found.Any(f => f.Sentence == sentence))
                {
                    continue;
                }

                found.Add((sentence, at + start, at + start + sentence.Length, Restricts().IsMatch(sentence)));
            }
        }

        return found.OrderByDescending(f => f.Restricts).Take(2).Select(f => (f.Sentence, f.Start, f.End)).ToList();
    }

    [GeneratedRegex(@"\bonline\b|\bon-line\b|\w*formulier\b|\w*platform\b|\bwebsite\b|\bwebpagina\b|\be-?mail\b|\bmail(?:en)?\b|\bper post\b|\bper brief\b|\baangetekend\b|\bpersoonlijk af\w*|\bafgeven\b|\baf te geven\b|\bbinnen(?: te )?brengen\b|\baan (?:het onthaal|de balie|de receptie)\b|\bvia\s+(?:www\.|https?://)|[\w.-]+@[\w-]+\.\w+", RegexOptions.IgnoreCase)]
    private static partial Regex ChannelWord();

    [GeneratedRegex(@"\bsollicit\w*|\bkandidatu\w*|\bkandideer\w*|\bkandidaat stellen\b|\bstel\s+je\s+kandidaat\b|\bstuur\b|\bbezorg\b|\bbezorgen\b|\bverstuur\w*|\bindienen\b|\bdien\b|\blaad\b|\bopladen\b|\buploaden?\b|\binschrij\w*|\bschrijf\b|\breageer\b|\bdossier\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ApplyWord();

    [GeneratedRegex(@"\benkel\b|\balleen\b|\buitsluitend\b|\bniet\b|\bgeen\b|\baanvaard\w*|\bontvankelijk\w*|\bin aanmerking genomen\b", RegexOptions.IgnoreCase)]
    private static partial Regex Restricts();

    // "Voor vragen over de sollicitatie: jobs@…", "Meer info over de procedure bij …": a contact line, not the way to apply.
    [GeneratedRegex(@"\bvragen\b|\bvraag\b|\binfo\w*|\bcontact\w*|\bbereikbaar\b|\binlichtingen\b|\bbel\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionsTo();

    [GeneratedRegex(@"\bpas\s+(?:als|na|bij|wanneer|op het moment|nadat|op vraag|later)\b|\blater\s+(?:in de procedure|opgevraagd|gevraagd|bezorgen|bezorgd)|\b(?:bij|voor|vóór)\s+(?:je\s+|de\s+|jouw\s+)?(?:aanwerving|indiensttreding|aanstelling|benoeming)\b|\bop het moment van (?:de |je )?(?:aanwerving|indiensttreding|aanstelling)|\bna (?:de|je) (?:selectie|aanwerving)\b|\bzelf op\b|\bzelf opgevraagd\b|\bals je geslaagd bent\b|\bwie geslaagd is\b|\bhoef je (?:nog )?niet\b"
        // "mag je ook later bezorgen", "kan je nasturen", "ten laatste op de dag van de schriftelijke proef", "uiterlijk bij het
        // gesprek", "breng je mee naar het examen": a document the application may go without.
        + @"|\b(?:mag|kan|kun|mogen|kunnen)\s+(?:je|u|jij)\s+(?:\w+\s+){0,2}later\b|\blater\s+(?:nog\s+)?(?:indienen|nasturen|opsturen|voorleggen|binnenbrengen|toevoegen|insturen)\b|\bna\s*(?:te\s+)?sturen\b|\bnasturen\b"
        + @"|\b(?:ten laatste|uiterlijk|pas)\s+(?:op|bij|tijdens|voor|vóór)\s+(?:de dag van\s+)?(?:de|het|je|jouw)\s+(?:\w+\s+)?(?:proef|examen|gesprek|interview|selectie\w*|test|assessment|sollicitatiegesprek|selectiegesprek)\b"
        + @"|\b(?:breng|neem)\s+(?:je|u)\s+(?:\w+\s+){0,4}mee\s+naar\s+(?:de|het)\s+(?:\w+\s+)?(?:proef|examen|gesprek|interview|selectie\w*|test)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterCue();

    /// <summary>A document named again by its head noun after a determiner: "het uittreksel", "dit attest", "die documenten".</summary>
    [GeneratedRegex(@"\b(?:het|dit|dat|die|deze|de)\s+(?:uittreksel|attest|attesten|bewijs|bewijzen|bewijsstuk\w*|document|documenten|stukken|certificaat|kopie|kopies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedBefore();

    [GeneratedRegex(@"model|code 95", RegexOptions.IgnoreCase)]
    private static partial Regex ModelOrCode();

    [GeneratedRegex(@"\b(deze|volgende|de volgende|nodige) (documenten|stukken|bijlagen)\b.*:?\s*$|voeg\b.*\btoe\s*:?\s*$|volgende (documenten|stukken)|wij vragen\s*:?|bezorg (ons|je)\b.*:\s*$|voeg (de volgende|volgende)|bij je (sollicitatie|kandidatuur)\b.*:\s*$|stuur (ons )?(je|jouw)\b.*:\s*$|samen met\s*:?\s*$|documenten\s*:?\s*$|\b(?:solliciteer|schrijf\w*\s+(?:je\s+|u\s+)?in|stel\s+je\s+kandidaat|kandideer|reageer)\b.*\bmet\s*:\s*$|^(?=.{0,60}:\s*$)[^:]*\b(?:voeg\w*|bezorg\w*|stuur\w*|laad\w*|upload\w*|lever\w*|bijvoeg\w*|meesturen|toevoegen|meesturen|bijlagen)\b[^:]*:\s*$"
        // "Je kandidatuur bestaat uit", "Je sollicitatiedossier bevat:" (a heading or a lead), "Bij te voegen stukken", "Op te laden:".
        + @"|\b(?:kandidatuur|sollicitatie|sollicitatiedossier|dossier|aanvraag|inschrijving|kandidaatstelling)\w*\s+(?:bestaat uit|bestaan uit|bevat|omvat)\s*:?\s*$|^(?=.{0,60}$)[^.]*\b(?:bij te voegen|mee te sturen|op te laden|toe te voegen|in te dienen)\b[^.]*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();

    /// <summary>An item of a numbered or lettered list: "1. een cv;", "b) een kopie van je diploma".</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-h])[.)]\s+\S")]
    private static partial Regex Enumerated();

    [GeneratedRegex(@"(solliciteer|sollicit\w+|kandidatuur|kandidaturen|kandidaatstel\w*|reageer|overtuig ons)\b.*\b(cv|curriculum|motivatiebrief|diploma|strafregister|rijbewijs)\b|\b(cv|curriculum|motivatiebrief)\b.*(solliciteer|sollicit\w+|kandidatuur|bezorg|stuur|opladen|uploaden|\btoe\b|mail\w*|meesturen|bijvoegen)|\b(voeg|stuur|mail|bezorg|laad)\b.*\b(cv|curriculum|motivatiebrief)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationSentence();

    /// <summary>
    /// "Je bezorgt / voegt / stuurt een|je …" followed by a document: the candidate sends it, whatever section says so (a task
    /// such as "je bezorgt attesten aan de burgers" has no article or possessive and is not one).
    /// </summary>
    [GeneratedRegex(@"\b(?:je|u)\s+(?:bezorgt|voegt|stuurt)\s+(?:ons\s+|ook\s+)?(?:een|je|jouw|uw)\s.{0,60}\b(?:strafregister|diploma|rijbewijs|attest|kopie|uittreksel|getuigschrift|bewijs)", RegexOptions.IgnoreCase)]
    private static partial Regex YouSend();

    [GeneratedRegex(@"\bmet\s+(?:je|jouw|uw|een)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithItem();

    [GeneratedRegex(@"\b(?:volstaa?n|volstaat|volstond|zijn nodig|is nodig|verwachten we|vragen we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Suffices();

    [GeneratedRegex(@"\b(voeg\w*|bezorg\w*|stuur\w*|laad\w*|lad\w*|upload\w*|mail\w*|bijvoegen|meesturen|meegestuurd|toegevoegd|opgeladen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendVerb();
}
