using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// A deadline question that also asks how the application may be sent ("kan ik nog per post sturen?", "does the postmark
/// count?", "puis-je la déposer en main propre ?"): the answer adds the document's sentence on the ways to apply, so the
/// candidate learns whether the post, a hand-delivered letter or only the online form still counts.
/// </summary>
public static partial class DeadlineChannels
{
    /// <summary>Whether the (folded) question names a way of sending the application.</summary>
    public static bool Asks(string folded) => AskedChannel().IsMatch(folded);

    /// <summary>
    /// The sentence of the vacancy that answers how the application may be sent. Preferred, in order: a sentence on what proves
    /// it was sent in time ("de poststempel geldt als bewijs", "de datum van ontvangst telt") for the way the question names;
    /// a sentence or list item on that way ("- per post aan …" under "Kandidaturen worden ingediend:"); the deadline's own
    /// sentence when it names a way; any application sentence that names one. Null when the document names none.
    /// </summary>
    public static Citation? Sentence(TurnContext t, VacancyFacts v, Citation? deadline)
    {
        var asked = KindOf(t.Analysis.FoldedText, question: true);
        var candidates = Candidates(t, v);
        if (candidates.FirstOrDefault(c => Proof().IsMatch(c.Quote) && (asked is null || KindOf(c.Quote, question: false) is null || KindOf(c.Quote, question: false) == asked)) is { } proof)
        {
            return proof;
        }

        if (asked is not null && candidates.FirstOrDefault(c => KindOf(c.Quote, question: false) == asked) is { } same)
        {
            return same;
        }

        if (deadline is not null && DocumentChannel().IsMatch(deadline.Quote))
        {
            return deadline;
        }

        return candidates.FirstOrDefault();
    }

    /// <summary>The application sentences and list items of the vacancy's public passages that name a way of sending.</summary>
    private static List<Citation> Candidates(TurnContext t, VacancyFacts v)
    {
        var found = new List<Citation>();
        var hits = t.Knowledge.Index.Search(new Assistant.Knowledge.Index.SearchQuery("solliciteren kandidatuur per post poststempel e-mail afgeven online formulier", v.Id, IncludeInternal: false, Top: 8));
        foreach (var hit in hits)
        {
            // A list under an application lead ("Kandidaturen worden ingediend:", "Stuur je cv:") names the ways in its items.
            var underApplyLead = false;
            foreach (var rawLine in hit.Passage.Split('\n'))
            {
                var line = rawLine.Trim();
                var item = line.StartsWith('-') || line.StartsWith('•') || line.StartsWith('*');
                if (!item && line.Length > 0)
                {
                    underApplyLead = line.EndsWith(':') && ApplicationWords.Sentence().IsMatch(line);
                }

                foreach (var sentence in Regex.Split(line, @"(?<=[.!?])\s+(?=\p{Lu})"))
                {
                    if (DocumentChannel().IsMatch(sentence) && (ApplicationWords.Sentence().IsMatch(sentence) || Proof().IsMatch(sentence) || (item && underApplyLead)))
                    {
                        var quote = sentence.Trim().TrimStart('-', '•', '*', ' ');
                        if (quote.Length > 0 && found.All(f => f.Quote != quote))
                        {
                            found.Add(new Citation(hit.VacancyId, hit.Document, hit.Section, quote, hit.Start, hit.End));
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The way of sending a text names: post, e-mail, by hand or online; null when none or unclear.</summary>
    private static string? KindOf(string text, bool question)
    {
        var kinds = new List<string>();
        if (question ? AskedPost().IsMatch(text) : PostWord().IsMatch(text))
        {
            kinds.Add("post");
        }

        if (MailWord().IsMatch(text))
        {
            kinds.Add("mail");
        }

        if (HandWord().IsMatch(text))
        {
            kinds.Add("hand");
        }

        if (OnlineWord().IsMatch(text))
        {
            kinds.Add("online");
        }

        return kinds.Count == 1 ? kinds[0] : null;
    }

    // French "poste" is also the job ("le poste d'accueil"): only "la poste" or "par poste" is the post.
    [GeneratedRegex(@"\b(?:post|brief|poststempel|postmark|aangetekende?|courrier|la poste|par poste|recommandee?|registered|letter|postal|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedPost();

    [GeneratedRegex(@"\bpost\b|poststempel|aangetekend|\bper brief\b|\bbrief naar\b|\bpostadres\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostWord();

    [GeneratedRegex(@"\be-?mail|\bmailen\b|\bmail\b(?!box)|courriel|@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailWord();

    [GeneratedRegex(@"af ?geven|afgegeven|binnen ?brengen|binnengebracht|afleveren|\bonthaal\b|in person|by hand|main propre|deposer|tegen ontvangstbewijs|\bbalie\b|\bloket\b|\bdesk\b|\bguichet\b|\bcounter\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandWord();

    [GeneratedRegex(@"\bonline\b|formulier|formulaire|platform|portaal|\bwebsite\b|en ligne|\bwww\.|https?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlineWord();

    /// <summary>
    /// What proves a sending in time: the postmark, the date of receipt or of sending; arrival with the date in between ("moet
    /// uiterlijk op 3 maart om 12 uur bij ons zijn toegekomen", "dient vóór 1 mei in ons bezit te zijn", "must reach us by").
    /// </summary>
    [GeneratedRegex(@"poststempel|postmark|datum van (?:de )?(?:ontvangst|verzending|afgifte|verzenden|post)|ontvangstdatum|verzenddatum|als bewijs|moet(?:en)? (?:ten laatste|uiterlijk )?(?:\S+ )?(?:ontvangen|toegekomen|binnen) zijn|afgestempeld"
        + @"|\b(?:moet|moeten|dient|dienen)\b[^.!?]{0,100}?(?:\bzijn\s+(?:toegekomen|aangekomen|ontvangen|binnengekomen)\b|\b(?:toegekomen|aangekomen|ontvangen|binnengekomen|in ons bezit|in het bezit)\s+(?:te\s+)?zijn\b|\b(?:toekomen|aankomen|binnenkomen)\b)"
        + @"|\bmust (?:reach|arrive|be received)|\bdoit (?:nous )?(?:parvenir|[eê]tre re[cç]ue?|arriver)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proof();

    [GeneratedRegex(@"\b(per|via|met de|by|par) (post|brief|briefpost|aangetekende? (brief|zending)|koerier|courrier|la poste|recommande|registered (mail|letter)|mail|e ?mail|courriel)\b|\bpoststempel|\bpostmark|\bcachet de la poste\b|\baangetekend|\bin de (brieven)?bus\b|\bbrievenbus|\bmailbox\b|\bletterbox\b|\bboite aux lettres\b|\b(af ?geven|binnenbrengen|binnen brengen|afleveren|posten)\b|\bin person\b|\bby hand\b|\ben main propre\b|\bposter\b|\bop papier\b|\bon paper\b|\bsur papier\b|\b(op|naar|in|on|through|door) (de |het |the )?(post|postkantoor|brievenbus|post office)\b|\b(mijn|m'n|de|een|die|deze) brief\b|\b(e ?)?mailen\b|\b(ver)?sturen per\b|\bpostal\b|\bposted\b|\bpost (it|my|mijn|ma|m'n)\b|\b(my|mijn|ma) (letter|lettre)\b"
        // "a registered letter", "en recommandé", "at the front desk", "au guichet", "aan de balie", "via the web form", "met als onderwerp".
        + @"|\bregistered (letter|mail|post)\b|\b(en )?recommande\b|\blettre recommandee\b|\b(at|to) (the )?(front )?(desk|reception|counter)\b|\b(au|a l') ?(guichet|accueil)\b|\b(aan|bij|op) (de|het) (balie|loket|onthaal|receptie)\b"
        + @"|\b(web ?form|online form|formulaire en ligne|webformulier|online formulier)\b|\b(onderwerp|subject line|objet)\b|\bhand (it |them |my \w+ )?in\b|\bdrop (it |them )?off\b|\bdeposer\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskedChannel();

    [GeneratedRegex(@"\bpost\b|\bbrie(?:f|ven)\b|\bop papier\b|poststempel|aangetekend|\be-?mail|@|\bafgeven\b|\bafgegeven\b|\bbinnenbrengen\b|\bonthaal\b|\bonline\b|formulier|sollicitatieplatform|\bplatform|\bwebsite\b|\bportaal\b|\bpapier", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentChannel();
}
