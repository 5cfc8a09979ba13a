using System.Text.RegularExpressions;
using Assistant.Understanding.Text;
using Assistant.Tools.Profile;
using Assistant.Core.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Years of experience with their kind: "3 jaar relevante ervaring" → (3, relevant); "15 jaar in de privésector" →
/// (15, private); "2 jaar ervaring als managementassistent" → (2, "domain:managementassistent"); "18 maanden" → 1.5;
/// "nog geen werkervaring" → (0, any); "bijna 2 jaar" is a month less than 2 years. Seniority ("12 jaar anciënniteit"), ages and durations of other things are skipped.
/// </summary>
internal static partial class ExperienceRules
{
    /// <summary>"I've been driving trucks for", "ik werk al", "je travaille depuis": a period of work, whatever the work.</summary>
    [GeneratedRegex(@"\b(i ' ?ve been|i have been|i ' ?m|i am) \w+ing\b.*\bfor $|\b(worked|working|work|werk|werkte|gewerkt|travaille|travaillé)\b.*\b(for|al|sinds|depuis|pendant) $", RegexOptions.CultureInvariant)]
    private static partial Regex WorkedFor();

    private static readonly HashSet<string> NotExperienceBefore = new(StringComparer.Ordinal)
    {
        "na", "after", "apres", "binnen", "within", "over", "dans", "geldig", "valid", "valable", "reserve", "age", "leeftijd",
    };

    private static readonly HashSet<string> NotExperienceAfter = new(StringComparer.Ordinal)
    {
        "ancienniteit", "anciennete", "seniority", "geleden", "ago", "oud", "old", "geldig", "valid", "lang", "dienstanciënniteit",
        "niveauanciënniteit", "niveauancienniteit", "dienstancienniteit", "graadancienniteit", "schaalancienniteit",
    };

    private static readonly HashSet<string> AlmostWords = new(StringComparer.Ordinal)
    {
        "bijna", "nagenoeg", "almost", "nearly", "presque", "quasi", "pratiquement",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "met", "in", "als", "bij", "binnen", "rond", "op", "with", "as", "at", "within", "dans", "comme", "avec", "chez", "en", "au", "aux", "sur",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "the", "a", "an", "la", "le", "les", "l'", "du", "des", "d'", "un", "une", "mijn", "my", "mon", "ma",
    };

    public static List<ExperienceEntry> Find(RuleText t, bool[] maskedWords, Func<string, bool> isPlace)
    {
        var entries = new List<ExperienceEntry>();
        foreach (Match m in ExperienceKinds.NoExperience().Matches(t.Text))
        {
            var from = t.WordAt(m.Index);
            var to = t.WordBefore(m.Index + m.Length);
            var kind = ExperienceKinds.Find(" " + m.Groups["q"].Value + WordWindow.Window(t, to + 1, Math.Min(t.Words.Length, to + 6))) ?? "any";
            entries.Add(new ExperienceEntry(0, kind, t.Quote(from, to)));
            WordWindow.Mask(maskedWords, from, to);
        }

        var w = t.Words;
        var previousExperienceSentence = -1;
        for (var i = 0; i + 1 < w.Length; i++)
        {
            if (!t.Tokens[t.Sources[i]].IsNumber && NumberWords.Digits(w[i]) is null)
            {
                continue;
            }

            var isYears = ExperienceWindows.YearUnits.Contains(w[i + 1]);
            if (!isYears && !ExperienceWindows.MonthUnits.Contains(w[i + 1]) || NumberWords.Digits(w[i]) is not { } value || (i > 0 && w[i - 1] == "/"))
            {
                continue;
            }

            var sentence = WordWindow.SentenceStart(t, i);
            var leftFrom = Math.Max(Math.Max(sentence, ExperienceWindows.PreviousNumberEnd(t, i, sentence)), i - 7);
            var rightTo = ExperienceWindows.RightEnd(t, i + 2);
            if ((i > 0 && NotExperienceBefore.Contains(w[i - 1])) || (i + 2 < w.Length && NotExperienceAfter.Contains(w[i + 2]))
                || (i + 3 < w.Length && NotExperienceAfter.Contains(w[i + 3]) && w[i + 2] != "ervaring"))
            {
                continue;
            }

            var left = WordWindow.Window(t, leftFrom, i);
            var right = WordWindow.Window(t, i + 2, rightTo);
            // "ik leidde 3 jaar een ploeg": the leading verb and its team may stand on either side of the years.
            var kind = ExperienceKinds.Find(right) ?? ExperienceKinds.Find(left) ?? (ExperienceKinds.Find(left + " " + right) is "leadership" ? "leadership" : null);
            // Years of leading a team are experience even without the word "ervaring".
            var hasWord = kind == "leadership" || ExperienceWindows.HasExperienceWord(t, leftFrom, i) || ExperienceWindows.HasExperienceWord(t, i + 2, rightTo)
                || WorkedFor().IsMatch(left);
            var sameSentenceAsPrevious = previousExperienceSentence == sentence;
            // "4 years in road construction", "3 jaar in de thuiszorg": years in a named work sector are experience.
            hasWord |= i + 2 < w.Length && w[i + 2] is "in" or "als" or "as" or "comme" or "dans" && Assistant.Tools.Eligibility.Sectors.Of(right).Count > 0;
            // "Ik ben 15 jaar zelfstandig advocaat geweest", "I have been self-employed for 15 years": a past role of a named sector.
            // "12 jaar gereden voor een transportbedrijf": years spent for an employer of a named sector.
            var pastRole = ExperienceKinds.IsStrong(kind) && WordWindow.Window(t, sentence, WordWindow.SentenceEnd(t, i)) is var whole
                && (whole.Contains(" geweest ", StringComparison.Ordinal) || whole.Contains(" been ", StringComparison.Ordinal) || whole.Contains(" ete ", StringComparison.Ordinal)
                    || ForAnEmployer().IsMatch(right));
            // "4 jaar vrachtwagenchauffeur bij een transportfirma", "6 years nurse at a hospital": a job title held for years at an
            // employer is experience in that job, read as its domain.
            string? roleAtEmployer = null;
            if (kind is null && !hasWord && i + 3 < w.Length && RoleWord(w[i + 2]) && ForAnEmployer().IsMatch(" " + WordWindow.Window(t, i + 2, rightTo).TrimStart()))
            {
                roleAtEmployer = w[i + 2];
                kind = "domain:" + roleAtEmployer;
                hasWord = true;
            }

            if (!hasWord && !pastRole && !(ExperienceKinds.IsStrong(kind) && (sameSentenceAsPrevious || ExperienceWindows.HasExperienceWord(t, sentence, WordWindow.SentenceEnd(t, i)) || left.Contains(" al ", StringComparison.Ordinal)
                || left.Contains(" sinds ", StringComparison.Ordinal) || left.Contains(" depuis ", StringComparison.Ordinal)
                || left.Contains(" for ", StringComparison.Ordinal))) && !(sameSentenceAsPrevious && i + 2 < w.Length && Prepositions.Contains(w[i + 2])))
            {
                continue;
            }

            var (phraseFrom, phraseTo) = DomainPhrase(t, i + 2, rightTo, isPlace);
            var years = isYears ? value : Math.Round(value / 12m, 2);
            if (i > 0 && AlmostWords.Contains(w[i - 1]))
            {
                // "bijna 2 jaar" is less than 2 years: one month less, never rounded up to the requirement.
                years = Math.Max(0, Math.Round(years - (1m / 12m), 2));
            }

            string? description = null;
            if (phraseFrom >= 0)
            {
                // Keep "relevante" with a sector: "relevante ervaring in de privésector" (caps may count relevant years only).
                description = ExperienceKinds.Find(WordWindow.Window(t, i + 2, phraseFrom)) == "relevant"
                    ? t.Quote(i + 2, phraseTo)
                    : t.Quote(phraseFrom, phraseTo);
                if (kind is null)
                {
                    var first = phraseFrom + 1;
                    while (first <= phraseTo && Articles.Contains(w[first]))
                    {
                        first++;
                    }

                    kind = first <= phraseTo ? "domain:" + t.Quote(first, phraseTo) : null;
                }
            }
            else if (roleAtEmployer is not null)
            {
                description = t.Quote(i + 2, i + 2);
            }
            else if (ExperienceWindows.LastExperienceWord(t, i + 2, rightTo) is var last and >= 0 && last > i + 2)
            {
                description = t.Quote(i + 2, last);
            }

            entries.Add(new ExperienceEntry(years, kind ?? "any", description));
            WordWindow.Mask(maskedWords, i, Math.Max(phraseTo, i + 1));
            previousExperienceSentence = sentence;
        }

        return entries;
    }

    /// <summary>Periods that are no work experience in a job: training, study, internships, volunteering, contracts as such.</summary>
    private static readonly HashSet<string> NotARole = new(StringComparer.Ordinal)
    {
        "stage", "stages", "stagiair", "stagiaire", "opleiding", "studie", "studies", "student", "les", "lessen", "cursus", "school",
        "vrijwilliger", "vrijwilligerswerk", "vrijwillig", "contract", "interim", "training", "internship", "intern", "study", "volunteer",
        "volunteering", "formation", "etudes", "etudiant", "benevole", "benevolat", "werkloos", "unemployed", "chomage", "thuis", "home",
        "ervaring", "experience", "werk", "work", "travail", "gewerkt", "worked", "travaille", "lid", "member", "membre", "klant", "client", "customer",
    };

    private static bool RoleWord(string word) =>
        word.Length >= 4 && word.All(char.IsLetter) && !NotARole.Contains(word) && !Prepositions.Contains(word) && !Articles.Contains(word)
        && !NotExperienceAfter.Contains(word) && !StopWords.ExperiencePhraseEnd.Contains(word);

    /// <summary>The phrase after the experience word (or the unit) that starts with a preposition: "als managementassistent", "met sociale media".</summary>
    private static (int From, int To) DomainPhrase(RuleText t, int from, int to, Func<string, bool> isPlace)
    {
        var w = t.Words;
        var start = from;
        for (var k = from; k < to; k++)
        {
            if (ExperienceKinds.ExperienceWord().IsMatch(w[k]))
            {
                start = k + 1;
                break;
            }
        }

        while (start < to && start < from + 3 && !Prepositions.Contains(w[start]) && ExperienceKinds.Find(" " + w[start] + " ") is not null)
        {
            start++;
        }

        if (start >= to || !Prepositions.Contains(w[start]))
        {
            return (-1, -1);
        }

        var end = start;
        for (var k = start + 1; k < to && k <= start + 5; k++)
        {
            if (StopWords.ExperiencePhraseEnd.Contains(w[k]) || !char.IsLetter(w[k][0]) && w[k] != "'s" || isPlace(w[k]) || ExperienceKinds.ExperienceWord().IsMatch(w[k])
                || (Prepositions.Contains(w[k]) && k + 1 < to && isPlace(w[k + 1])))
            {
                break;
            }

            end = k;
        }

        return end > start ? (start, end) : (-1, -1);
    }

    /// <summary>"(gereden) voor een transportbedrijf", "bij de overheid", "for a company": the employer right after the years.</summary>
    [GeneratedRegex(@"^ (?:\w+ ){0,2}(?:voor|bij|for|at|pour|chez) (?:een|het|de|die|a|an|the|une?|la|le|l') ", RegexOptions.CultureInvariant)]
    private static partial Regex ForAnEmployer();
}
