using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// What a page or heading adds around the job title: a category or count before it ("Technische functies: elektricien",
/// "3 monteurs"), a named site, department or translation after a dash or bar ("Boswachter – Natuurdomein De Heide").
/// </summary>
internal static partial class TitleTails
{
    /// <summary>
    /// "Beroepsbrandweerlieden: brandweerman", "Technische functies: elektricien (m/v/x)", "Jobs: monteur": a plural category
    /// before a colon and one job after it gives the job. "Studentenjob: monitor of redder" (no plural before) and
    /// "Jobstudenten zomer 2027: speelplein" (a year, no job after) stay whole.
    /// </summary>
    public static string WithoutCategory(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return text;
        }

        var head = text[..colon].Trim();
        var tail = text[(colon + 2)..].Trim();
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (headWords.Length is 0 or > 4 || Year().IsMatch(head) || tail.Length < 3 || !IsPlural(headWords[^1]))
        {
            return text;
        }

        var first = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Split('-').Any(IsSingularJob) ? tail : text;
    }

    /// <summary>"2 technisch medewerkers-chauffeur", "Drie verpleegkundigen nachtdienst": the count goes and the job is named once.</summary>
    public static string WithoutCount(string text)
    {
        var m = CountFirst().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var words = text[m.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var parts = words[i].Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                if (Singular(parts[j]) is { } one)
                {
                    parts[j] = one;
                    changed = true;
                }
            }

            words[i] = string.Join('-', parts);
        }

        return changed ? string.Join(' ', words) : text;
    }

    /// <summary>
    /// Where a tail naming something in capitals starts: " – Provinciedomein X", " | Dienst Y", " - Campus Z". Only for a
    /// line written in ordinary case (in a line in capitals a name cannot be told from a word).
    /// </summary>
    public static int? NamedTail(string text, bool casedAsWritten)
    {
        if (!casedAsWritten)
        {
            return null;
        }

        var m = NamedTailPattern().Match(text);
        return m.Success && m.Index > 2 ? m.Index : null;
    }

    /// <summary>Whether a text holds a job noun: "teamverantwoordelijke groen", "brandweerman-ambulancier", "loodgieter".</summary>
    public static bool IsJobLike(string text) =>
        IdentityRules.JobNoun().IsMatch(text) || text.Split(' ', '-').Any(w => AgentNoun().IsMatch(w));

    /// <summary>A plural ("functies", "brandweerlieden", "jobs") or a collective noun ("personeel", "kader", "dienst").</summary>
    private static bool IsPlural(string word) =>
        word.Length > 3 && (word.EndsWith("en", StringComparison.OrdinalIgnoreCase) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            || Collective().IsMatch(word));

    [GeneratedRegex(@"^(?:\p{L}*personeel|kader|\p{L}*dienst|afdeling|sector|categorie|team)$", RegexOptions.IgnoreCase)]
    private static partial Regex Collective();

    /// <summary>A job noun in the singular: "brandweerman", "verpleegkundige", "ambulancier", "elektricien".</summary>
    private static bool IsSingularJob(string word)
    {
        var m = IdentityRules.JobNoun().Match(word);
        if (m.Success && m.Index + m.Length == word.Length && m.Groups[1].Length == m.Length)
        {
            return true;
        }

        return AgentNoun().IsMatch(word);
    }

    /// <summary>The singular of a plural job noun ("medewerkers", "verpleegkundigen", "assistenten", "brandweerlieden"), else null.</summary>
    private static string? Singular(string word)
    {
        if (word.Length < 5)
        {
            return null;
        }

        if (word.EndsWith("lieden", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^6] + "man";
        }

        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && IsSingularJob(word[..^1]))
        {
            return word[..^1];
        }

        if (word.EndsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            if (IsSingularJob(word[..^1]))
            {
                return word[..^1];
            }

            if (IsSingularJob(word[..^2]))
            {
                return word[..^2];
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();

    /// <summary>A count of two or more posts before the title: "2 ", "drie ", "Twee " (not "2 x", which is read elsewhere).</summary>
    [GeneratedRegex(@"^\s*(?:[2-9]|1\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?![x×]\s)(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex CountFirst();

    /// <summary>A person's job by its ending: "ambulancier", "elektricien", "installateur", "hersteller", "kapitein".</summary>
    [GeneratedRegex(@"^\p{L}{2,}(?:ier|ien|eur|ist|aar|man|ant|cus|ker|ger|der|ter|ler|ner|ber|per|ver|wachter|loog|kundige|iker|aris)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentNoun();

    /// <summary>
    /// A dash, bar or spaced hyphen followed by a capitalised word, or by one or two words in lower case and then one:
    /// " – Provinciedomein X", " | Stad Y", " - Campus Z", " – wegendistrict Noordveld", " – sociale dienst Y".
    /// </summary>
    [GeneratedRegex(@"\s(?:[–—|]|-(?=\s))\s*(?:(?:de|het)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}\p{Ll}.*$")]
    private static partial Regex NamedTailPattern();
}
