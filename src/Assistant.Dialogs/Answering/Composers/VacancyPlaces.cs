using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Understanding.Text;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// The place a question over all vacancies is limited to ("welke vacatures in Brussel", "avez-vous des offres à Bruxelles",
/// "jobs in Ghent"): the vacancies whose documents name it, in any of its Dutch, French or English names and as an
/// adjective or domain ("Brusselse", ".brussels"). When no vacancy names the place, or the question names none, the list
/// stays whole: a misread place never hides a vacancy.
/// </summary>
internal static partial class VacancyPlaces
{
    public static List<VacancyFacts> At(TurnContext t, List<VacancyFacts> facts)
    {
        if (Asked(t.Text) is not { } place)
        {
            return facts;
        }

        var names = Names(place);
        var found = facts.Where(f => t.Knowledge.Find(f.Id) is { } v
            && Mentions(RetrievalAnswers.FoldedText(v, t.Channel == Channels.Teams), names)).ToList();
        return found.Count == 0 ? facts : found;
    }

    /// <summary>The folded place name after "in", "te", "à", "en", "near", … in the question, or null.</summary>
    internal static string? Asked(string question)
    {
        foreach (Match m in PlaceAfterPreposition().Matches(question))
        {
            var place = TextFolding.Fold(m.Groups["p"].Value).Trim();
            if (!NoPlace.Contains(place.Split(' ', '-')[0]))
            {
                return place;
            }
        }

        return null;
    }

    // Capitalised words after "in" that are no place: months, days, languages ("in Januari", "en Français", "in English").
    private static readonly HashSet<string> NoPlace = new(StringComparer.Ordinal)
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october", "janvier", "fevrier", "mars", "avril", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "nederlands", "frans", "engels", "duits", "dutch", "french", "english", "german",
        "francais", "anglais", "neerlandais", "allemand", "teams", "belgie", "belgium", "belgique",
    };

    /// <summary>The place's folded names: its own and, for a Belgian city or region with names in other languages, those too.</summary>
    internal static IReadOnlyList<string> Names(string folded)
    {
        foreach (var group in Exonyms)
        {
            if (group.Contains(folded))
            {
                return group;
            }
        }

        return [folded];
    }

    /// <summary>Whether the folded text names one of the places, as a word or with a short ending ("brusselse", "gentse").</summary>
    private static bool Mentions(string text, IReadOnlyList<string> names) =>
        names.Any(n => Regex.IsMatch(text, @"(?<![\p{L}])" + Regex.Escape(n) + @"\p{L}{0,3}(?![\p{L}])", RegexOptions.CultureInvariant));

    private static readonly string[][] Exonyms =
    [
        ["brussel", "bruxelles", "brussels"], ["gent", "gand", "ghent"], ["antwerpen", "anvers", "antwerp"], ["leuven", "louvain"],
        ["mechelen", "malines"], ["brugge", "bruges"], ["kortrijk", "courtrai"], ["oostende", "ostende", "ostend"], ["luik", "liege"],
        ["namen", "namur"], ["bergen", "mons"], ["doornik", "tournai"], ["aalst", "alost"], ["dendermonde", "termonde"],
        ["sint-niklaas", "saint-nicolas"], ["ieper", "ypres"], ["tienen", "tirlemont"], ["vlaanderen", "flandre", "flanders"],
        ["wallonie", "wallonia"], ["limburg", "limbourg"], ["henegouwen", "hainaut"], ["halle", "hal"], ["vilvoorde", "vilvorde"],
    ];

    // "in Brussel", "te Gent", "à Bruxelles", "en Flandre", "near Antwerp", "in de regio Leuven": a capitalised name after it.
    [GeneratedRegex(@"(?:\b(?:in|te|rond|around|near|at|en|dans|regio|region|omgeving|buurt van)|(?<![\p{L}])à)\s+(?:de\s+|het\s+|la\s+|le\s+|the\s+|l'|regio\s+|région\s+de\s+)?(?<p>\p{Lu}[\p{L}'-]{2,}(?:[\s-]\p{Lu}[\p{L}'-]+)?)")]
    private static partial Regex PlaceAfterPreposition();
}
