namespace Assistant.Understanding.Text;

/// <summary>
/// Families of Dutch vacancy words that name the same thing in different forms ("statutair" and "statuut", "contractueel"
/// and "arbeidsovereenkomst", "leidinggevende" and "diensthoofd"): a question's word is mentioned by a document that uses
/// another member of its family. Members are folded roots (a word belongs to a family when it starts with a member).
/// </summary>
internal static class WordFamilies
{
    private static readonly string[][] Families =
    [
        ["statut", "statuu", "benoem", "vastbenoem", "vaste benoeming"],
        ["contractu", "contract", "arbeidsovereenkomst", "onbepaalde duur", "bepaalde duur"],
        ["leidingg", "diensthoofd", "coordinator", "verantwoordelijke", "teamleider", "chef", "overste"],
        ["loon", "wedde", "salaris", "verlon", "barema", "weddeschaal", "salarisschaal", "jaarbedrag", "maandloon"],
        ["uurroost", "uren", "werkuren", "werktijd", "prestaties", "voltijd", "deeltijd", "halftijd", "werkrooster", "dienstroost"],
        ["vakantie", "verlof", "vakantiedag", "verlofdag"],
        ["opleiding", "vorming", "cursus", "bijscholing"],
        ["thuiswerk", "telewerk", "plaatsonafhank", "hybride"],
        ["jury", "commissie", "selectiecommissie", "beoordelaar", "assessor"],
        ["proefperiode", "proeftijd", "inwerk", "onthaalperiode"],
        // Starting the job and being hired: "wanneer kan ik beginnen als ik aangenomen word?" is answered by "Start in dienst: …".
        ["startdatum", "indiensttreding", "in dienst", "starten", "beginnen", "begindatum", "aanvang", "aangenomen", "aangeworven"],
    ];

    /// <summary>The roots of the families <paramref name="word"/> (folded) belongs to, the word's own root first.</summary>
    public static IReadOnlyList<string> Roots(string word, int ownRootLength = 6)
    {
        var own = word.Length > ownRootLength ? word[..ownRootLength] : word;
        var roots = new List<string> { own };
        foreach (var family in Families)
        {
            if (family.Any(m => !m.Contains(' ') && word.StartsWith(m, StringComparison.Ordinal)))
            {
                roots.AddRange(family.Where(m => m != own));
            }
        }

        return roots;
    }

    /// <summary>
    /// Whether the folded <paramref name="text"/> contains <paramref name="word"/>'s root or a member of its family. The root
    /// of a long compound counts only inside a word of some length: "welkom" in "je bent welkom" does not mention a
    /// "welkomstpremie", "ploegenstelsel" does mention "ploegendienst".
    /// </summary>
    public static bool Mentions(string text, string word)
    {
        var roots = Roots(word);
        return OwnRootMentioned(text, word, roots[0]) || roots.Skip(1).Any(r => text.Contains(r, StringComparison.Ordinal));
    }

    private static bool OwnRootMentioned(string text, string word, string root)
    {
        var shortest = Math.Min(8, word.Length - 3);
        for (var at = text.IndexOf(root, StringComparison.Ordinal); at >= 0; at = text.IndexOf(root, at + 1, StringComparison.Ordinal))
        {
            var start = text.LastIndexOf(' ', at) + 1;
            var end = text.IndexOf(' ', at);
            if ((end < 0 ? text.Length : end) - start >= shortest)
            {
                return true;
            }
        }

        return false;
    }
}
