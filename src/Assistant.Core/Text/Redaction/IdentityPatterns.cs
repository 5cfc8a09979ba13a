using System.Text.RegularExpressions;

namespace Assistant.Core.Text.Redaction;

/// <summary>
/// Who someone is and where they live, in nl/en/fr: a name after an introduction ("ik ben …", "mijn naam is …", "my name
/// is …", "je m'appelle …"), a street address (street and number, optionally postcode and town) and an e-mail address
/// written to dodge filters ("jan(at)example(dot)com", "jan at example dot be").
/// </summary>
internal static class IdentityPatterns
{
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>A name word (capitalised or not) and the particles between name words (van, de, der, le, d', …).</summary>
    private const string AnyWord = @"[\p{L}][\p{L}'’-]*";

    private const string Particle = @"(?i:van|von|de|der|den|het|ter|ten|la|le|du|des|d'|d’|di|da|el|al|bin|ben|op|in\s+'t)";

    /// <summary>A capitalised name word.</summary>
    private const string CapitalWord = @"\p{Lu}[\p{L}'’-]*";

    /// <summary>Leads after which what follows is certainly a name (any case).</summary>
    private const string SureLead =
        @"(?<lead>\b(?i:mijn\s+naam\s+is|mijn\s+naam\s*:|ik\s+heet|my\s+name\s+is|my\s+name\s*:|name\s*:|naam\s*:|je\s+m['’]appelle|mon\s+nom\s+est|nom\s*:|moi\s+c['’]est)\s+)";

    /// <summary>Leads after which a capitalised word is taken for a name ("Ik ben Jan", not "ik ben blij").</summary>
    private const string CapitalLead = @"(?<lead>\b(?i:ik\s+ben|i\s+am|i['’]m|this\s+is|je\s+suis|hier\s+is|dit\s+is)\s+)";

    /// <summary>Street-name endings (Dutch compounds: Kerkstraat, Stationslaan, Brugsesteenweg).</summary>
    private const string StreetSuffix =
        "(?i:straat|str\\.|laan|weg|steenweg|plein|lei|dreef|kaai|markt|baan|dijk|singel|steeg|pad|hof|wal|vest|ring|dam|gracht|park|berg|veld|kouter|dries|bos)";

    /// <summary>Street types that come first (rue de la Loi, Avenue Louise, Chaussée de Wavre).</summary>
    private const string StreetPrefix = "(?i:rue|avenue|av\\.|chauss[ée]e|boulevard|bd|place|quai|all[ée]e|impasse|chemin|route|square|drève|dr[eè]ve)";

    /// <summary>"12", "12a", "12 B", "7 bus 3", "8 boîte 2" (a letter only as a word of its own: "7 bus" is not "7 b").</summary>
    private const string HouseNumber = @"\d{1,4}(?:\s?[a-zA-Z]\b)?(?:\s*(?i:bus|bte|boîte|b\.|box)\s*\d{1,4}(?:[a-zA-Z]\b)?)?";

    /// <summary>", 8530 Harelbeke" (a four-digit postcode and one or two town words).</summary>
    private const string PostcodeTown = @"(?:,?\s*\d{4}\s+" + CapitalWord + @"(?:[\s-]" + CapitalWord + ")?)?";

    private const string DutchStreet = @"\b[\p{L}'’-]*" + StreetSuffix + @"\s+" + HouseNumber + PostcodeTown;

    private const string FrenchStreet = @"\b" + StreetPrefix + @"\s+(?:" + AnyWord + @"\s+){0,4}?" + HouseNumber + PostcodeTown;

    private const string EnglishStreet = @"\b\d{1,4}\s+(?:" + CapitalWord + @"\s+){1,3}(?i:street|st\.|road|rd\.|avenue|lane|drive|square)" + PostcodeTown;

    /// <summary>"jan(at)example(dot)com", "jan [at] example [dot] be", "jan at example dot com", "jan apenstaartje example punt be".</summary>
    private const string ObfuscatedEmail =
        @"\b[\p{L}\p{N}._%+-]{1,64}\s*(?:[(\[{]\s*(?i:at|apenstaartje|arobase)\s*[)\]}]|\s(?i:at|apenstaartje|arobase)\s)\s*[\p{L}\p{N}-]+" +
        @"(?:\s*(?:[(\[{]\s*(?i:dot|punt|point)\s*[)\]}]|\s(?i:dot|punt|point)\s|\.)\s*[\p{L}\p{N}-]+)*" +
        @"\s*(?:[(\[{]\s*(?i:dot|punt|point)\s*[)\]}]|\s(?i:dot|punt|point)\s)\s*\p{L}{2,6}\b";

    /// <summary>"jan(at)example.com": only the at sign written out, in brackets.</summary>
    private const string BracketedAtEmail =
        @"\b[\p{L}\p{N}._%+-]{1,64}\s*[(\[{]\s*(?i:at|apenstaartje|arobase)\s*[)\]}]\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}\b";

    /// <summary>Capitalised words after "ik ben" / "I am" / "je suis" that are not names (nationalities, languages, degrees).</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Belg", "Belgische", "Belgisch", "Belgian", "Belge", "Nederlander", "Nederlandse", "Nederlands", "Nederlandstalig", "Franstalig",
        "Duitstalig", "Fransman", "Française", "Français", "French", "Dutch", "German", "Duitser", "Allemand", "Allemande", "Europeaan",
        "European", "Européen", "Européenne", "EU", "EER", "EEA", "Italiaan", "Italian", "Italien", "Spanjaard", "Spanish", "Espagnol",
        "Portugees", "Portuguese", "Marokkaan", "Moroccan", "Marocain", "Marocaine", "Turk", "Turkish", "Turc", "Pool", "Polish", "Polonais",
        "Roemeen", "Romanian", "Roumain", "Luxemburger", "Luxembourgeois", "Brit", "British", "Britannique", "Zwitser", "Swiss", "Suisse",
        "Bachelor", "Master", "Licentiaat", "Graduaat", "Doctor", "Docteur", "Student", "Studente", "Étudiant", "Étudiante", "Ingenieur",
        "Engineer", "Ingénieur", "Verpleegkundige", "Nurse", "Infirmier", "Infirmière", "Kandidaat", "Candidate", "Candidat", "Candidate",
        "Statutair", "Contractueel", "Werkzoekende", "Interested", "Geïnteresseerd", "Intéressé", "Intéressée", "Benieuwd",
        "Ik", "I", "Je", "Een", "A", "An", "Un", "Une", "De", "The", "Le", "La", "Het", "Niet", "Not", "Pas", "Geen", "No", "Nog", "Still",
        "Al", "Already", "Déjà", "Ook", "Also", "Aussi", "Op", "In", "At", "En", "Sinds", "Since", "Depuis", "Vandaag", "Today",
    };

    public static IEnumerable<RedactionRule> Rules()
    {
        var at = Prefilters.AnyOf("at", "apenstaartje", "arobase");
        yield return RedactionRule.Token(ObfuscatedEmail, "[email]", CaseSensitive).Requires(Prefilters.Both(at, Prefilters.AnyOf("dot", "punt", "point")));
        yield return RedactionRule.Token(BracketedAtEmail, "[email]", CaseSensitive).Requires(at);
        yield return RedactionRule.Token(DutchStreet, "[address]", CaseSensitive).Requires(Prefilters.HasDigit);
        yield return RedactionRule.Token(FrenchStreet, "[address]", CaseSensitive).Requires(Prefilters.HasDigit);
        yield return RedactionRule.Token(EnglishStreet, "[address]", CaseSensitive).Requires(Prefilters.HasDigit);
        yield return RedactionRule.AfterLead(
            @"(?<core>" + SureLead + @"(?<name>" + AnyWord + @"(?:\s+(?:" + Particle + @"\s+)*" + CapitalWord + "){0,3}))",
            "[name]",
            CaseSensitive).Requires(Prefilters.AnyOf("naam", "heet", "name", "appelle", "nom", "moi"));
        yield return RedactionRule.AfterLeadWhen(
            @"(?<core>" + CapitalLead + @"(?<name>" + CapitalWord + @"(?:\s+(?:" + Particle + @"\s+)*" + CapitalWord + "){0,3}))",
            "[name]",
            name => !NotNames.Contains(name.Split(' ', 2)[0].TrimEnd(',', '.', '!', '?')),
            CaseSensitive).Requires(Prefilters.AnyOf("ben", "am", "i'm", "i’m", "suis", "is"));
    }
}
