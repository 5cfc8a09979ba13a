namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// The Dutch roots of the things an English or French question names a premium or allowance after ("prime de bilinguisme",
/// "night allowance", "indemnité vélo"): the documents are Dutch, so "bilinguisme" finds "tweetaligheidspremie" and
/// "taalpremie" only through its Dutch word.
/// </summary>
internal static class PremiumWords
{
    private static readonly (string[] Foreign, string[] Dutch)[] Pairs =
    [
        (["bilingu", "langue", "linguist", "language"], ["tweetalig", "taalpremie", "taaltoelage", "taalvergoeding"]),
        (["nuit", "night", "nocturn"], ["nacht"]),
        (["dimanche", "sunday"], ["zondag", "zon- en feestdag"]),
        (["samedi", "saturday"], ["zaterdag"]),
        (["ferie", "holiday"], ["feestdag"]),
        (["weekend", "week-end"], ["weekend"]),
        (["soir", "evening"], ["avond"]),
        (["foyer", "household", "family"], ["haard"]),
        (["residence"], ["standplaats"]),
        (["velo", "bicycle", "bike", "cycling"], ["fiets"]),
        (["garde", "on call", "standby", "on-call"], ["wacht", "permanentie"]),
        (["diplome", "degree", "qualification"], ["diploma"]),
        (["fin d' annee", "fin d'annee", "year-end", "year end"], ["eindejaar"]),
        (["equipe", "shift"], ["ploeg"]),
        (["transport", "commut"], ["vervoer", "woon-werk"]),
    ];

    /// <summary>The Dutch roots for the folded words of a non-Dutch question.</summary>
    public static IReadOnlyList<string> DutchRoots(string foldedQuestion) =>
        Pairs.Where(p => p.Foreign.Any(f => foldedQuestion.Contains(f, StringComparison.Ordinal))).SelectMany(p => p.Dutch).Distinct().ToList();
}
