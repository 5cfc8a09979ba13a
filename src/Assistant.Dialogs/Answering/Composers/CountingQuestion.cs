namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// What a "how many" question counts, in the Dutch words the documents use: a Dutch question as it is ("hoeveel …"); an
/// English or French one ("how many nurses …", "combien de jours de congé …", "combien d'employés …") as "hoeveel" and
/// the Dutch stand-in for its thing, people ("mensen") or a unit of time. A passage that does not count that thing
/// ("+35% for night work") does not answer how many. A thing without a stand-in leaves the question as it is.
/// </summary>
internal static class CountingQuestion
{
    /// <summary>The folded words to judge a passage's count by: Dutch words as they are, else "hoeveel" and the stand-in, else the words.</summary>
    public static IReadOnlyList<string> InDutch(IReadOnlyList<string> words, string language)
    {
        if (language == "nl")
        {
            return words;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            var thing = (words[i], words[i + 1]) switch
            {
                ("how", "many") => Next(words, i + 2, skip: ["more", "other", "of", "the"]),
                ("combien", _) => Next(words, i + 1, skip: ["de", "d", "des", "du", "en", "y", "a", "il"]),
                _ => null,
            };
            if (thing is null)
            {
                continue;
            }

            return StandIn(thing) is { } dutch ? ["hoeveel", dutch] : words;
        }

        return words;
    }

    private static string? Next(IReadOnlyList<string> words, int from, string[] skip)
    {
        for (var i = from; i < Math.Min(words.Count, from + 3); i++)
        {
            if (!skip.Contains(words[i]))
            {
                return words[i];
            }
        }

        return null;
    }

    /// <summary>The Dutch word for a counted thing: a unit of time, or "mensen" for people (a plural naming persons).</summary>
    private static string? StandIn(string thing)
    {
        if (Units.TryGetValue(thing, out var unit))
        {
            return unit;
        }

        return People.Contains(thing) || PersonPlural(thing) ? "mensen" : null;
    }

    /// <summary>An English or French plural of a person noun: "officers", "technicians", "nurses", "infirmiers", "agents".</summary>
    private static bool PersonPlural(string w) =>
        w.Length >= 6 && (w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal)
            || w.EndsWith("ists", StringComparison.Ordinal) || w.EndsWith("istes", StringComparison.Ordinal)
            || w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("iens", StringComparison.Ordinal)
            || w.EndsWith("ees", StringComparison.Ordinal) || w.EndsWith("eurs", StringComparison.Ordinal)
            || w.EndsWith("iers", StringComparison.Ordinal) || w.EndsWith("ieres", StringComparison.Ordinal)
            || w.EndsWith("trices", StringComparison.Ordinal));

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["days"] = "dagen", ["day"] = "dagen", ["jours"] = "dagen", ["jour"] = "dagen",
        ["weeks"] = "weken", ["semaines"] = "weken",
        ["months"] = "maanden", ["mois"] = "maanden",
    };

    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "people", "persons", "staff", "employees", "colleagues", "nurses", "candidates", "applicants", "members",
        "personnes", "employes", "collegues", "agents", "membres", "candidats", "collaborateurs", "gens", "infirmieres",
    };
}
