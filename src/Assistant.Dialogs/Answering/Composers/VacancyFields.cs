using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// The field a question for something in a field is limited to ("iets in de zorg", "federal government jobs", "something
/// for students"): the vacancies whose title or employer holds a word of the question (whole, as the start of a longer word,
/// or as the part of a compound: "zorg" in "zorgkundige", "federal" in "Federale", "studenten" in "jobstudenten"). A word
/// that names no vacancy is ignored; when no word names one, or every vacancy, the list stays whole: a misread word never
/// hides a vacancy.
/// </summary>
internal static class VacancyFields
{
    public static List<VacancyFacts> Of(TurnContext t, List<VacancyFacts> facts)
    {
        if (!Assistant.Understanding.Classification.VacancyListCues.Field().IsMatch(t.Analysis.FoldedText))
        {
            // "Welke vacatures hebben nachtwerk?" asks about the documents, not a field the titles name: the whole list.
            return facts;
        }

        var words = t.Analysis.Words.Where(w => w.Length >= 4 && !w.Any(char.IsDigit) && !StopWords.RetrievalNoise.Contains(w) && !StopWords.TopicNeutral.Contains(w) && !ListWords.Contains(w)).Distinct().ToList();
        if (words.Count == 0 || facts.Count < 2)
        {
            return facts;
        }

        var found = facts.Where(f => Names(f, words)).ToList();
        return found.Count == 0 || found.Count == facts.Count ? facts : found;
    }

    private static bool Names(VacancyFacts f, List<string> words)
    {
        var own = TextFold.Words(string.Join(' ', f.Title, f.Organisation));
        return words.Any(w => own.Any(o => o == w || (w.Length >= 4 && o.Contains(Stem(w), StringComparison.Ordinal) && o.Length >= Stem(w).Length)));
    }

    /// <summary>The word without a plural or adjective ending, at least four letters ("federal" → "feder", "studenten" → "student").</summary>
    private static string Stem(string w)
    {
        foreach (var end in Endings)
        {
            if (w.Length - end.Length >= 4 && w.EndsWith(end, StringComparison.Ordinal))
            {
                return w[..^end.Length];
            }
        }

        return w;
    }

    private static readonly string[] Endings = ["en", "es", "s", "al", "ale", "e"];

    /// <summary>Words of questions over the list itself: they name no field.</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "vacature", "vacatures", "vacaturen", "jobs", "functie", "functies", "betrekking", "betrekkingen", "openstaande", "lopende",
        "iets", "jullie", "hebben", "momenteel", "vacancies", "vacancy", "positions", "position", "openings", "anything",
        "something", "have", "there", "government", "work", "werk", "werken", "postes", "poste", "offres", "emplois", "emploi",
        "quelque", "chose", "avez", "open", "nog", "open", "deze", "zomer", "week", "sluit", "sluiten", "eerst", "solliciteren",
    };
}
