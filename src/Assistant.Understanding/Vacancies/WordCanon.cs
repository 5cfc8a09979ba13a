namespace Assistant.Understanding.Vacancies;

/// <summary>
/// The form a word is compared in: its cognate when it has one, otherwise a light stem (plural and adjective endings
/// removed: "medewerkers" → "medewerker", "lokale" → "lokal", "sociaux" → "social"). French and English place names
/// become their Dutch name first ("courtrai" → "kortrijk").
/// </summary>
internal static class WordCanon
{
    public static string Canon(string folded)
    {
        folded = PlaceNames.Dutch(folded) ?? folded;
        if (Cognates.Canonical(folded) is { } c)
        {
            return c;
        }

        var stem = Stem(folded);
        return Cognates.Canonical(stem) ?? stem;
    }

    public static string Stem(string w)
    {
        if (w.Length <= 4)
        {
            return w;
        }

        if (w.EndsWith("aux", StringComparison.Ordinal))
        {
            return w[..^3] + "al";
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("en", StringComparison.Ordinal) && w.Length > 5)
        {
            return w[..^2];
        }

        return w.EndsWith('e') && w.Length > 4 ? w[..^1] : w;
    }
}
