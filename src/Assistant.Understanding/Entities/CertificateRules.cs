using System.Text.RegularExpressions;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Certificates the candidate speaks of (a brevet, attest, certificate, not a diploma): held ("mijn brevet Hoger Redder",
/// "a swimming initiator certificate"), lacking ("geen brevet", "no lifeguard certificate") and in training ("ik volg nu de
/// opleiding Hoger Redder", "I'm taking the lifeguard course"). The words are kept as said, to be matched with the name the
/// vacancy requires.
/// </summary>
internal static partial class CertificateRules
{
    private static readonly HashSet<string> CertificateWords = new(StringComparer.Ordinal)
    {
        "brevet", "brevets", "certificaat", "certificate", "certificat", "attest", "attestation", "getuigschrift",
    };

    private static readonly HashSet<string> Possession = new(StringComparer.Ordinal)
    {
        "heb", "hebt", "wel", "mijn", "mn", "met", "have", "has", "my", "with", "got", "ai", "mon", "avec", "behaald", "obtained", "obtenu", "bezit", "hold",
        "only", "enkel", "alleen", "just", "seulement", "uniquement", "juste",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "geen", "zonder", "no", "without", "not", "pas", "sans", "aucun", "nog", "yet",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        ",", ".", "?", "!", ";", ":", "en", "and", "et", "maar", "but", "mais", "of", "or", "ou", "(", ")", "kan", "mag", "can", "peux", "want", "omdat",
    };

    /// <summary>A certificate word, or a compound ending in one ("reddersbrevet", "zwembrevet"); a language attest ("taalattest") is no certificate here.</summary>
    private static bool IsCertificateWord(string word) => CertificateWords.Contains(word)
        || (word.Length > 8 && !word.StartsWith("taal", StringComparison.Ordinal) && (word.EndsWith("brevet", StringComparison.Ordinal) || word.EndsWith("attest", StringComparison.Ordinal) || word.EndsWith("certificaat", StringComparison.Ordinal)));

    private static readonly HashSet<string> LanguageWords = new(StringComparer.Ordinal)
    {
        "linguistique", "taal", "language", "langue", "langues", "nederlands", "neerlandais", "dutch", "frans", "francais", "french", "engels", "anglais", "english",
    };

    /// <summary>Whether the certificate word at <paramref name="i"/> names a language certificate: a language word right before or within three words after it.</summary>
    private static bool IsLanguageCertificate(string[] w, int i) =>
        (i > 0 && LanguageWords.Contains(w[i - 1])) || w.Skip(i + 1).Take(3).Any(LanguageWords.Contains);

    /// <summary>
    /// Whether the certificate the candidate holds is kept current: false for a lapsed one or one never refreshed ("nooit
    /// bijscholing gevolgd", "my certificate expired", "pas de recyclage"), true for one said to be current ("bijscholing
    /// gevolgd", "up to date", "recyclage faite"); null when the message says neither.
    /// </summary>
    public static bool? Current(RuleText t) =>
        Lapsed().IsMatch(t.Text) ? false : Refreshed().IsMatch(t.Text) ? true : null;

    [GeneratedRegex(@"\b(nooit|geen|zonder|niet|nog\s+niet|no|never|without|not|pas|jamais|sans|aucune?)\b[^.?!]{0,40}\b(bijscholing\w*|herhalingscursus\w*|opfris\w*|recyclage\w*|refresher\w*|renewal|recertification|formation\s+continue)\b"
        + @"|\b(verlopen|vervallen|niet\s+meer\s+geldig|expired|no\s+longer\s+valid|out\s+of\s+date|perime\w*|plus\s+valable|expire)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lapsed();

    [GeneratedRegex(@"\b(bijscholing\w*|herhalingscursus\w*|recyclage\w*|refresher\w*)\b[^.?!]{0,30}\b(gevolgd|gedaan|behaald|afgelegd|done|completed|taken|passed|suivie?|faite?)\b"
        + @"|\b(gevolgd|volgde|volg|gedaan|did|completed|took|followed|attended|passed|suivi|fait)\b[^.?!]{0,30}\b(bijscholing\w*|herhalingscursus\w*|recyclage\w*|refresher\w*)\b"
        + @"|\b(up\s+to\s+date|nog\s+geldig|still\s+valid|a\s+jour|toujours\s+valable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Refreshed();

    public static (IReadOnlyList<string> Held, bool? Lacks, string? Training) Find(RuleText t)
    {
        var w = t.Words;
        var held = new List<string>();
        bool? lacks = null;
        for (var i = 0; i < w.Length; i++)
        {
            // A language certificate ("attestation de néerlandais", "certificat linguistique") is about languages, not a brevet.
            if (!IsCertificateWord(w[i]) || Requirement().IsMatch(t.Text) || IsLanguageCertificate(w, i))
            {
                continue;
            }

            if (WordWindow.Before(w, i, 3, Negations, Stops))
            {
                lacks = true;
                continue;
            }

            if (!WordWindow.Before(w, i, 5, Possession, Stops) && (Training().IsMatch(t.Text) || !InHeldList(w, i)))
            {
                continue;
            }

            var from = i;
            while (from > 0 && i - from < 2 && !Stops.Contains(w[from - 1]) && !Possession.Contains(w[from - 1]) && w[from - 1] is not ("een" or "a" or "an" or "un" or "une" or "het" or "de" or "the" or "le" or "la"))
            {
                from--;
            }

            var to = i;
            // "getuigschrift preventieadviseur niveau 1": a level's number belongs to the name.
            while (to + 1 < w.Length && to - i < 3 && !Stops.Contains(w[to + 1])
                && (char.IsLetter(w[to + 1][0]) || (w[to] is "niveau" or "level" or "graad" or "niv" && char.IsDigit(w[to + 1][0]))))
            {
                to++;
            }

            held.Add(string.Join(' ', w[from..(to + 1)]));
        }

        held.AddRange(HeldAcronyms(t).Where(a => !held.Any(h => h.Split(' ').Contains(a))));
        var training = Training().Match(t.Text);
        return (held, lacks, training.Success ? training.Groups["name"].Value.Trim() : null);
    }

    /// <summary>
    /// A certificate named by its acronym alone ("ik heb het FGA", "wel mijn VCA", "I hold the BLS"): a word of three to six
    /// capitals, just after a word of holding with no negation between, in a message not written in capitals throughout,
    /// that is no diploma, organisation or language acronym. Only a holding counts: "geen VCA" says nothing of other certificates.
    /// </summary>
    private static IEnumerable<string> HeldAcronyms(RuleText t)
    {
        var w = t.Words;
        var capitals = Enumerable.Range(0, w.Length).Where(i => IsCapitals(t, i)).ToList();
        var words = w.Count(x => x.Length >= 2 && char.IsLetter(x[0]));
        if (capitals.Count == 0 || capitals.Count * 3 > words)
        {
            yield break;
        }

        foreach (var i in capitals)
        {
            // "Heb ik het FGA nodig?" asks about the requirement; it states no holding.
            if (!NotCertificates.Contains(w[i]) && WordWindow.Before(w, i, 3, Possession, Stops) && !WordWindow.Before(w, i, 3, Negations, Stops)
                && !WordWindow.After(w, i + 1, 4, NeedWords))
            {
                yield return w[i];
            }
        }
    }

    private static bool IsCapitals(RuleText t, int i)
    {
        var token = t.Tokens[t.Sources[i]];
        if (!token.IsWord || token.Folded != t.Words[i] || token.Lower.Length is < 3 or > 6 || token.Start + token.Lower.Length > t.Original.Length)
        {
            return false;
        }

        var written = t.Original.AsSpan(token.Start, token.Lower.Length);
        foreach (var c in written)
        {
            if (!char.IsLetter(c) || !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> NeedWords = new(StringComparer.Ordinal)
    {
        "nodig", "vereist", "verplicht", "need", "needed", "required", "requis", "necessaire", "obligatoire", "?",
    };

    private static readonly HashSet<string> NotCertificates = new(StringComparer.Ordinal)
    {
        "aso", "tso", "bso", "kso", "hso", "hbo", "cvo", "cso", "dbso", "cess", "ceb", "cesi", "havo", "vwo", "mbo", "mba", "phd", "msc", "bsc", "ocmw", "cpas", "vdab", "forem", "actiris",
        "agb", "hvz", "vzw", "asbl", "kmo", "pme", "cao", "eer", "eea", "usa", "ict", "bosa", "selor", "erk", "cefr", "naric", "cv", "job",
        "wel", "heb", "ben", "het", "een", "mijn", "and", "the", "les", "des",
    };

    /// <summary>
    /// The certificate is one item of a list that a verb of holding leads in ("ik heb mijn diploma ASO, brevet Hoger Redder en
    /// het taalattest", "I have my diploma, a first-aid certificate and …", "j'ai mon CESS, le brevet … et …"): back over
    /// commas and "en/and/et" to the start of the clause, a possession word and no negation or question.
    /// </summary>
    private static bool InHeldList(string[] w, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 20; k--)
        {
            if (Negations.Contains(w[k]) || w[k] is "." or "?" or "!" or ";" or ":" or "maar" or "but" or "mais" or "of" or "or" or "ou" or "kan" or "mag" or "can" or "peux" or "moet" or "must" or "nodig" or "need")
            {
                return false;
            }

            if (w[k] is "heb" or "hebt" or "have" or "has" or "ai" or "bezit" or "hold")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ik volg (nu) de opleiding Hoger Redder", "I'm taking the lifeguard course", "je suis la formation de sauveteur".</summary>
    [GeneratedRegex(
        @"\b(volg|volgt|doe|bezig met|following|taking|doing|attending|suis|suivre)\b (nu |momenteel |op dit moment |currently |now |actuellement )?(de |een |the |a |la |une )?"
        + @"(?<name>(\w+ ){0,2}?(opleiding|cursus|training|course|formation)( (tot |van |de |for |pour )?\w+){0,3})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Training();

    /// <summary>A question about the requirement ("heb ik een brevet nodig?") states no fact.</summary>
    [GeneratedRegex(@"\b(brevet|certificaat|certificate|certificat|attest)\b.{0,25}\b(nodig|vereist|verplicht|need|needed|required|requis|necessaire|obligatoire)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Requirement();
}
