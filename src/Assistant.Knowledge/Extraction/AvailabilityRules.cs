using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Working times made a condition of admission ("availability"): a sentence that asks the candidate to be willing to work
/// nights, weekends, evenings, shifts or irregular hours ("Je bent bereid om in ploegen te werken", "bereidheid tot
/// weekendwerk", "willing to work nights", "disposé à travailler le week-end"), or one that excludes whoever is not ("Wie
/// niet bereid is om nachtdiensten te doen, komt niet in aanmerking"), wherever it stands (also in an FAQ answer). A
/// description of the hours without a word of willingness or exclusion ("je werkt in ploegen") is no condition. The value
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

    /// <summary>The kinds of working time a text names, in a fixed order.</summary>
    public static IReadOnlyList<string> Kinds(string text)
    {
        var kinds = new List<string>();
        if (Night().IsMatch(text)) kinds.Add("night");
        if (Weekend().IsMatch(text)) kinds.Add("weekend");
        if (Evening().IsMatch(text)) kinds.Add("evening");
        if (Shift().IsMatch(text)) kinds.Add("shift");
        if (Irregular().IsMatch(text)) kinds.Add("irregular");
        return kinds;
    }

    [GeneratedRegex(@"\bnacht\w*|\w+nacht(en)?\b|'s\s+nachts\b|\bnights?\b|\bnight[\s-]?shifts?\b|\bnuits?\b|\bde\s+nuit\b", RegexOptions.IgnoreCase)]
    private static partial Regex Night();

    [GeneratedRegex(@"\bweekend\w*|\bweek-end\w*|\bzaterdag\w*|\bzondag\w*|\bzon-\s+en\s+feestdag\w*|\bsaturdays?\b|\bsundays?\b|\bsamedis?\b|\bdimanches?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"\bavond\w*|'s\s+avonds\b|\bevenings?\b|\bsoir(ée)?s?\b|\ble\s+soir\b", RegexOptions.IgnoreCase)]
    private static partial Regex Evening();

    [GeneratedRegex(@"\bploeg(en)?(dienst|systeem|stelsel|werk|regime)?\w*\b|\bvolcontinu\w*|\bwisselende\s+diensten\b|\bshifts?\b|\bshift\s*work\b|\b(travail\s+)?(en\s+)?(équipes|pauses)\b|\bhoraires?\s+(décalés|variables)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shift();

    [GeneratedRegex(@"\bonregelmatige\s+(uren|werkuren|diensten|tijden)\b|\birregular\s+hours\b|\bhoraires?\s+irréguliers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Irregular();

    /// <summary>A word of willingness asked of the candidate.</summary>
    [GeneratedRegex(@"\bbereid\w*|\bwilling\w*|\bprepared\s+to\b|\bdispos[ée]e?s?\s+à\b|\bprêt[e]?s?\s+à\b|\bflexibel\s+inzetbaar\b", RegexOptions.IgnoreCase)]
    private static partial Regex Willing();

    /// <summary>A sentence that excludes candidates: "… komt niet in aanmerking", "is uitgesloten", "cannot be considered".</summary>
    [GeneratedRegex(@"\bkom\w*\s+(?:je|u|jij)?\s*niet\s+in\s+aanmerking\b|\bniet\s+toegelaten\b|\buitgesloten\b|\bnot\s+(?:be\s+)?(?:eligible|considered)\b|\bne\s+(?:sera|seront|pourra|pourront)\s+pas\s+(?:retenue?s?|admise?s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excludes();

    /// <summary>Willingness named as something offered or optional ("wie bereid is om … te werken, krijgt een premie").</summary>
    [GeneratedRegex(@"\bpremie\b|\btoeslag\b|\bvergoeding\b|\bpluspunt\b|\bbij\s+voorkeur\b|\bvrijwillig\w*|\ballowance\b|\bbonus\b|\bprime\b|\batout\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offered();
}
