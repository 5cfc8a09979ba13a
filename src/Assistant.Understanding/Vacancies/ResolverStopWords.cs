using Assistant.Core.Text;
using Assistant.Understanding.Classification;
using Assistant.Understanding.Language;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// Words that never identify a vacancy: function and question words of the three languages, and generic job words
/// ("job", "vacature", "functie", "poste"). Cognates of employer and title words are kept, and so are the rules' key
/// words ("selectie"), which count little but can be part of a title ("deskundige selectie"). The generic words are
/// Core's <see cref="StopWords.VacancyReferenceNoise"/>; the language words are the language detector's evidence.
/// </summary>
internal static class ResolverStopWords
{
    public static HashSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var keyWords = new HashSet<string>(DomainLexicon.Words, StringComparer.Ordinal);
        foreach (var w in LanguageWords.Dutch.Concat(LanguageWords.English).Concat(LanguageWords.French).Concat(StopWords.VacancyReferenceNoise))
        {
            if (!Cognates.Contains(w) && (!keyWords.Contains(w) || StopWords.VacancyReferenceNoise.Contains(w)))
            {
                set.Add(w);
            }
        }

        // The level of government ("federale", "Vlaams") classifies employers, it names none: "Hebben jullie federale vacatures?"
        // asks for a list, not for the one vacancy whose employer's name starts with "Federale".
        set.UnionWith(GovernmentLevel);
        return set;
    }

    private static readonly string[] GovernmentLevel = ["federaal", "federale", "federal", "federale", "vlaams", "vlaamse", "flemish", "flamand", "flamande"];
}
