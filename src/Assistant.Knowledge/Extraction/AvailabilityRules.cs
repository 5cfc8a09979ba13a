using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Working times made a condition of admission ("availability"): a sentence that asks the candidate to be willing to work
/// nights, weekends, evenings, shifts or irregular hours ("Je bent bereid om in ploegen te werken", "bereidheid tot
/// weekendwerk", "willing to work nights", "disposé à travailler le week-end"), or one that excludes whoever is not ("Wie
/// niet bereid is om nachtdiensten te doen, komt niet in aanmerking"), wherever it stands (also in an FAQ answer). A
/// description of the hours without a word of willingness, availability ("Je bent beschikbaar op zaterdag") or exclusion ("je
/// werkt in ploegen") is no condition. The value
/// lists the kinds of time: night, weekend, evening, shift, irregular.
/// </summary>
public static partial class AvailabilityRules
{
    /// <summary>The availability conditions of the document: at most one, with every kind of time its sentences name.</summary>
    public static IReadOnlyList<GeneralRequirement> Find(DocumentView view)
    {
        foreach (var line in view.Lines.Where(l => l.Topic is not (Topic.Salary or Topic.Benefits or Topic.Offer or Topic.Selection)))
        {
            foreach (var (start, end) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[start..end];
                var kinds = Kinds(sentence);
                if (kinds.Count > 0 && (Excludes().IsMatch(sentence) || (Willing().IsMatch(sentence) && !Offered().IsMatch(sentence))))
                {
                    return [new GeneralRequirement { Kind = "availability", Value = string.Join(",", kinds), Citation = view.CiteSentence(line, start, end) }];
                }
            }
        }

        return [];
    }

    /// <summary>
    /// The other willingness the document asks ("willingness"): a sentence with a word of willingness and no working time ("Je
    /// verklaart je bereid een dienstwapen te dragen", "You are willing to travel abroad", "Vous êtes disposé à porter
    /// l'uniforme"), outside pay, benefits and selection, not one that is offered or optional. The value is the folded words
    /// after the willingness word. Never a reminder: only a candidate who says they refuse the activity is judged on it.
    /// </summary>
    public static IReadOnlyList<GeneralRequirement> FindWillingness(DocumentView view)
    {
        var found = new List<GeneralRequirement>();
        foreach (var line in view.Lines.Where(l => l.Topic is not (Topic.Salary or Topic.Benefits or Topic.Offer or Topic.Selection)))
        {
            foreach (var (start, end) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[start..end];
                if (StrictWilling().Match(sentence) is { Success: true } willing && Kinds(sentence).Count == 0 && !Offered().IsMatch(sentence)
                    && found.Count < 6 && found.All(f => f.Citation.Quote != sentence.Trim()))
                {
                    var value = string.Join(' ', TextFold.Words(sentence[(willing.Index + willing.Length)..]).Take(10));
                    found.Add(new GeneralRequirement { Kind = "willingness", Value = value, Citation = view.CiteSentence(line, start, end) });
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The kinds of working time a text names, in a fixed order: night, weekend, evening, shift, irregular. The text is folded
    /// first (no case, no accents), so a document's sentence and a candidate's folded words are read by the same lists.
    /// </summary>
    public static IReadOnlyList<string> Kinds(string text)
    {
        var folded = TextFold.Fold(text);
        var kinds = new List<string>();
        if (Night().IsMatch(folded)) kinds.Add("night");
        if (Weekend().IsMatch(folded)) kinds.Add("weekend");
        if (Evening().IsMatch(folded)) kinds.Add("evening");
        if (Shift().IsMatch(folded)) kinds.Add("shift");
        if (Irregular().IsMatch(folded)) kinds.Add("irregular");
        return kinds;
    }

    [GeneratedRegex(@"nacht|\bnights?\b|\bnuits?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Night();

    [GeneratedRegex(@"weekend|week\s*-?\s*end|zaterdag|zondag|zon-\s+en\s+feestdag|\bsaturdays?\b|\bsundays?\b|\bsamedis?\b|\bdimanches?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"avond|\bevenings?\b|\bsoir(ee)?s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Evening();

    [GeneratedRegex(@"\bploeg|volcontinu|\bwisselende\s+diensten\b|\bshifts?\b|\bshift\s*work\b|\bequipes\b|\bpauses\b|\bhoraires?\s+(decales|variables)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shift();

    [GeneratedRegex(@"onregelmatig|\birregular\s+hours\b|\bhoraires?\s+irreguliers?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Irregular();

    /// <summary>A word of willingness asked of the candidate.</summary>
    [GeneratedRegex(@"\bbereid\w*|\bwilling\w*|\bprepared\s+to\b|\bdispos[ée]e?s?\s+à\b|\bprêt[e]?s?\s+à\b|\bflexibel\s+inzetbaar\b|\bbeschikbaar\b|\bavailable\b|\bdisponibles?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Willing();

    /// <summary>A word of willingness to do something (not of availability, which names times).</summary>
    [GeneratedRegex(@"\bbereid(?:heid)?(?:\s+(?:om|tot|te))?\b|\bwilling(?:ness)?\s+to\b|\bprepared\s+to\b|\bdispos[ée]e?s?\s+à\b|\bprêt[e]?s?\s+à\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrictWilling();

    /// <summary>A sentence that excludes candidates: "… komt niet in aanmerking", "is uitgesloten", "cannot be considered".</summary>
    [GeneratedRegex(@"\bkom\w*\s+(?:je|u|jij)?\s*niet\s+in\s+aanmerking\b|\bniet\s+toegelaten\b|\buitgesloten\b|\bnot\s+(?:be\s+)?(?:eligible|considered)\b|\bne\s+(?:sera|seront|pourra|pourront)\s+pas\s+(?:retenue?s?|admise?s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excludes();

    /// <summary>Willingness named as something offered or optional ("wie bereid is om … te werken, krijgt een premie").</summary>
    [GeneratedRegex(@"\bpremie\b|\btoeslag\b|\bvergoeding\b|\bpluspunt\b|\bbij\s+voorkeur\b|\bvrijwillig\w*|\ballowance\b|\bbonus\b|\bprime\b|\batout\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offered();
}
