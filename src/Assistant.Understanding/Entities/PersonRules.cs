using System.Text.RegularExpressions;
using Assistant.Understanding.Text;
using Assistant.Core.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Nationality ("ik ben Belg", "EU-burger", "ik kom uit Marokko" → BE / EU / EEA / other), a foreign diploma
/// ("diploma uit Marokko", "foreign degree", NARIC), final-year students and the driving licence.
/// </summary>
internal static partial class PersonRules
{
    private static readonly HashSet<string> CitizenWords = new(StringComparer.Ordinal)
    {
        "nationaliteit", "nationality", "nationalite", "burger", "citizen", "staatsburger", "onderdaan", "ressortissant", "citoyen",
        "citoyenne", "national", "onderdanen", "burgers", "citizens",
    };

    private static readonly HashSet<string> DiplomaContext = new(StringComparer.Ordinal)
    {
        "diploma", "degree", "diplome", "bachelor", "master", "bachelier", "gestudeerd", "studeerde", "studied", "behaald", "obtained",
        "obtenu", "studies", "etudes", "universiteit", "university", "universite", "afgestudeerd", "graduated",
        // "mijn middelbaar afgemaakt in Polen", "finished high school in Spain", "terminé le lycée au Maroc": a school finished abroad.
        "middelbaar", "middelbare", "secundair", "secundaire", "secondaire", "secondary", "humaniora", "aso", "tso", "bso", "kso", "havo", "vwo",
        "mbo", "lyceum", "lycee", "highschool", "school", "afgemaakt", "afgerond", "voltooid", "finished", "completed", "termine", "terminee",
    };

    private static readonly HashSet<string> Requested = new(StringComparer.Ordinal)
    {
        "aangevraagd", "aanvraag", "aanvragen", "applied", "applying", "naturalisatie", "naturalisation", "naturalization",
    };

    private static readonly HashSet<string> ResidenceWords = new(StringComparer.Ordinal)
    {
        "woon", "woont", "wonen", "live", "lives", "living", "habite", "werk", "work", "travaille", "verhuis", "move", "moving", "vakantie",
    };

    public static string? Nationality(RuleText t, ref bool foreignDiploma)
    {
        if (OutsideEu().IsMatch(t.Text))
        {
            return "other";
        }

        var w = t.Words;
        string? best = null;
        for (var i = 0; i < w.Length; i++)
        {
            var next = i + 1 < w.Length ? w[i + 1] : "";
            // "US citizen", "a UK national": two-letter country codes count only right before a citizen word ("us" is a pronoun).
            // "ik ben Frans", "… maar ben Pools": a nationality adjective that is also a language name counts only after "ik ben".
            var cls = Countries.Classify(w[i]) ?? (w[i] is "us" or "uk" && CitizenWords.Contains(next) ? "other" : null)
                ?? (Countries.ClassifyPredicate(w[i]) is { } predicate && IAm(w, i) && i > 0 && w[i - 1] is "ben" or "kben" ? predicate : null);
            if (cls is null)
            {
                continue;
            }

            if (Countries.IsLanguageAdjective(w[i]) && i > 0 && w[i - 1] is "in" or "en" or "het" or "le" or "the")
            {
                continue; // "diploma in het Nederlands", "(in Dutch)", "diplôme en néerlandais": a language, not a country
            }

            var iAm = IAm(w, i);
            // "a Belgian master", "een Marokkaans diploma": a country word right before a diploma word is where the diploma
            // comes from, whatever nationality word stands nearby ("I'm a Canadian citizen with a Belgian master").
            if (DiplomaNouns.Contains(next) || (next is "university" or "universiteit" or "universite" or "degree"))
            {
                foreignDiploma |= cls != "BE";
                continue;
            }

            // "a US citizen living in Belgium", "woon in Nederland": a country after a residence word and "in" is where one lives.
            if (i > 1 && w[i - 1] is "in" or "en" or "au" or "dans" or "naar" or "to" && Near(w, i - 1, 5, ResidenceWords) && !iAm)
            {
                continue;
            }

            // "ik heb de Belgische nationaliteit aangevraagd", "I applied for Belgian citizenship", "j'ai demandé la nationalité
            // belge": a nationality asked for is not held yet.
            if (!iAm && (Near(w, i, 3, Requested) || w.Skip(i + 1).Take(3).Any(Requested.Contains)))
            {
                continue;
            }

            var citizen = CitizenWords.Contains(next) || Near(w, i, 3, CitizenWords);
            if (Near(w, i, 5, DiplomaContext) && !iAm && !citizen)
            {
                foreignDiploma |= cls != "BE";
                continue;
            }

            var origin = IsOrigin(w, i) && !Near(w, i, 3, ResidenceWords);
            var accepted = Countries.IsLanguageAdjective(w[i]) ? citizen || iAm : origin || citizen || iAm;
            if (accepted && Countries.Rank(cls) > Countries.Rank(best))
            {
                best = cls;
            }
        }

        return best ?? UnclassifiedNationality(w);
    }

    private static readonly HashSet<string> NotANationality = new(StringComparer.Ordinal)
    {
        "dubbele", "double", "dual", "welke", "which", "quelle", "zelfde", "same", "meme", "mijn", "jouw", "your", "uw", "mon", "ma", "my",
        "een", "the", "une", "des", "zijn", "hebben", "have", "avoir", "welk", "what", "quel", "belgische", "belge", "belgian",
    };

    /// <summary>
    /// A nationality stated with a word no table knows ("I'm a Canadian citizen", "ik heb de Peruaanse nationaliteit"): not
    /// guessed, but known to be stated, so the eligibility check cannot pass it ("unknown"); "another nationality" is "other".
    /// </summary>
    private static string? UnclassifiedNationality(string[] w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (!CitizenWords.Contains(w[i]) || w[i] is "burgers" or "citizens" or "onderdanen")
            {
                continue;
            }

            var before = i > 0 ? w[i - 1] : "";
            var after = i + 1 < w.Length ? w[i + 1] : "";
            var word = before.Length >= 4 && before.All(char.IsLetter) && !NotANationality.Contains(before) ? before
                : w[i] == "nationalite" && after.Length >= 4 && after.All(char.IsLetter) && !NotANationality.Contains(after) ? after
                : null;
            if (word is null)
            {
                continue;
            }

            return word is "andere" or "other" or "autre" ? "other" : "unknown";
        }

        return null;
    }

    public static bool? ForeignDiploma(RuleText t) => Foreign().IsMatch(t.Text) || CountryDiploma(t.Words) ? true : null;

    private static readonly HashSet<string> DiplomaNouns = new(StringComparer.Ordinal)
    {
        "diploma", "diplome", "degree", "getuigschrift", "bachelordiploma", "masterdiploma", "bachelor", "master", "bachelier",
    };

    /// <summary>
    /// A diploma named with a country other than Belgium ("een Braziliaans diploma", "a Moroccan degree", "un diplôme marocain"):
    /// one from abroad. Language adjectives ("Nederlandse", "Franse") are left alone: they may name the language it was taught in.
    /// </summary>
    private static bool CountryDiploma(string[] w)
    {
        bool Abroad(string word)
        {
            if (Countries.IsLanguageAdjective(word) || Countries.IsLanguageAdjective(word + "e"))
            {
                return false;
            }

            var kind = Countries.Classify(word) ?? Countries.Classify(word + "e");
            return kind is not null and not "BE";
        }

        for (var i = 0; i < w.Length; i++)
        {
            if (!DiplomaNouns.Contains(w[i]))
            {
                continue;
            }

            if ((i > 0 && Abroad(w[i - 1])) || (i > 1 && w[i - 1] is "'s" && Abroad(w[i - 2])) || (i + 1 < w.Length && w[i] == "diplome" && Abroad(w[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    public static bool? FinalYear(RuleText t) => FinalYearPattern().IsMatch(t.Text) ? true : null;

    /// <summary>The field named right after a final-year cue ("final year of occupational therapy", "laatste jaar ergotherapie"), or null.</summary>
    public static string? FinalYearField(RuleText t)
    {
        var m = FinalYearFieldPattern().Match(t.Text);
        if (!m.Success)
        {
            return null;
        }

        // "laatste jaar bachelor verpleegkunde": the level named before the field is no part of it.
        var words = m.Groups["f"].Value.Trim().Split(' ').SkipWhile(w => DiplomaWords.LevelAt([w], 0) is not null).ToArray();
        if (words.Any(w => StopWords.StudyFieldEnd.Contains(w) || DiplomaWords.LevelAt([w], 0) is not null || w.Any(char.IsDigit)))
        {
            words = words.TakeWhile(w => !StopWords.StudyFieldEnd.Contains(w) && DiplomaWords.LevelAt([w], 0) is null && !w.Any(char.IsDigit)).ToArray();
        }

        if (words.Length == 0)
        {
            return null;
        }

        var folded = string.Join(' ', words);
        return DiplomaWords.Field(folded, folded);
    }

    [GeneratedRegex(@"\b(?:final|last) year of (?:my |the )?(?:studies in |study in )?(?<f>[a-z]+(?: [a-z]+)?)\b|\blaatste jaar (?:van (?:de |het |mijn )?(?:opleiding )?)?(?<f>[a-z]+(?: [a-z]+)?)\b|\bderniere annee (?:de |d' |en )(?<f>[a-z]+(?: [a-z]+)?)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FinalYearFieldPattern();

    /// <summary>
    /// What the candidate says of their criminal record: true when it is clean ("mijn strafregister is blanco", "geen
    /// veroordelingen", "no criminal record", "casier judiciaire vierge"), false when it holds a conviction ("ik heb een
    /// veroordeling", "mijn strafblad is niet blanco", "I have a criminal record", "j'ai été condamné"); null when not said.
    /// </summary>
    public static bool? CleanRecord(RuleText t)
    {
        if (RecordNotClean().IsMatch(t.Text))
        {
            return false;
        }

        return RecordClean().IsMatch(t.Text) ? true : null;
    }

    [GeneratedRegex(@"\b(?:strafregister|strafblad|criminal\s+record|record|casier(?:\s+judiciaire)?)\s+(?:is|staat)\s+(?:niet|not|pas)\s+(?:blanco|proper|leeg|clean|vierge)\b|\bn\s*'?\s*est\s+pas\s+vierge\b|\b(?:ik\s+heb|heb\s+ik|i\s+have|i\s+ve|i\s+had|j\s*'?\s*ai)\s+(?:al\s+|ooit\s+|once\s+|already\s+|deja\s+)?(?:een\s+|a\s+|une\s+|un\s+|twee\s+|(?!no\b|geen\b|never\b|nooit\b|aucun\w*\b|pas\b)\w+\s+)?(?:veroordeling\w*|criminal\s+record|conviction\w*|condamnation\w*|casier)\b|\b(?:ik\s+ben|ben\s+ik|i\s+was|i\s+ve\s+been|i\s+have\s+been|j\s*'?\s*ai\s+ete)\s+(?:ooit\s+|once\s+|al\s+)?(?:veroordeeld|convicted|condamne\w*)\b|\b(?:staat|staan)\s+(?:er\s+)?(?:een\s+|\w+\s+)?(?:veroordeling\w*|vermelding\w*)(?:\s+(?:voor|wegens)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:op|in)\s+(?:mijn\s+)?(?:strafregister|strafblad)\b|\bveroordeling\w*(?:\s+(?:voor|wegens)\s+[\w-]+(?:\s+[\w-]+)?)?\s+op\s+mijn\s+(?:strafregister|strafblad)\b")]
    private static partial Regex RecordNotClean();

    [GeneratedRegex(@"\b(?:strafregister|strafblad|criminal\s+record|record|casier(?:\s+judiciaire)?)\s+(?:is\s+|est\s+)?(?:blanco|proper|leeg|clean|vierge)\b|\b(?:geen|nooit|no|never|jamais|aucune?)\s+(?:\w+\s+)?(?:veroordeling\w*|veroordeeld|criminal\s+record|convictions?|convicted|condamnation\w*|condamne\w*)\b|\bblanco\s+(?:strafregister|strafblad)\b|\bclean\s+(?:criminal\s+)?record\b|\bcasier\s+(?:judiciaire\s+)?vierge\b")]
    private static partial Regex RecordClean();

    /// <summary>
    /// Where the candidate says they live: the kilometres they state ("ik woon op 60 km van het gemeentehuis", "ik woon in Gent,
    /// dat is 45 km", "I live 30 km away", "j'habite à 25 km"), 0 when they name only where ("ik woon in Gent", "I live in
    /// Ghent"); null when they say nothing of it or ask ("moet ik in de gemeente wonen?").
    /// </summary>
    public static int? ResidenceKm(RuleText t)
    {
        var lives = LivesIn().Match(t.Text);
        if (!lives.Success || ResidenceQuestion().IsMatch(t.Text))
        {
            return null;
        }

        var km = Distance().Match(t.Text, lives.Index);
        return km.Success && km.Index - lives.Index < 60 && int.TryParse(km.Groups["n"].Value, out var n) ? n : 0;
    }

    [GeneratedRegex(@"\b(?:ik\s+woon|woon\s+ik|wij\s+wonen|we\s+wonen|i\s+live|i\s+m\s+living|i\s+am\s+living|j\s*'?\s*habite|nous\s+habitons)\b")]
    private static partial Regex LivesIn();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:km|kilometer\w*|kilometres?|kilometers?)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Distance();

    [GeneratedRegex(@"\b(?:moet|moeten|mag|must|should|dois|faut)\b[^.?!]{0,30}\b(?:wonen|live|habiter)\b[^.?!]*\?")]
    private static partial Regex ResidenceQuestion();

    /// <summary>
    /// A tie to someone in office the candidate speaks of ("mijn man zit in het bestuur", "my sister is on the council", "mon
    /// père est échevin"): "partner" for a spouse or partner, "relative" for family; null when they name no family member or
    /// no office, or say the tie is not there ("mijn vrouw zit niet meer in de raad").
    /// </summary>
    public static string? Relation(RuleText t)
    {
        var family = FamilyMember().Match(t.Text);
        if (!family.Success || !Office().IsMatch(t.Text) || TieDenied().IsMatch(t.Text))
        {
            return null;
        }

        return family.Groups["partner"].Success ? "partner" : "relative";
    }

    [GeneratedRegex(@"\b(?:mijn|my|mon|ma|m)\s+(?:(?<partner>man|vrouw|echtgeno\w*|partner|vriend|vriendin|lief|husband|wife|spouse|boyfriend|girlfriend|mari|femme|conjoint\w*|compagn\w*)|broer|zus|zuster|vader|moeder|zoon|dochter|schoon\w+|neef|nicht|oom|tante|opa|oma|grootvader|grootmoeder|brother|sister|father|mother|dad|mum|mom|son|daughter|uncle|aunt|cousin|frere|soeur|pere|mere|fils|fille|oncle|beau-\w+|belle-\w+)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex FamilyMember();

    [GeneratedRegex(@"\b(?:bestuur\w*|raadslid|raadsleden|gemeenteraad\w*|ocmw-raad|schepen\w*|burgemeester|voorzitter|mandataris\w*|dijkgraaf|board|council\w*|councillor|alderm[ae]n|mayor|conseil\w*|conseill\w*|echevin\w*|bourgmestre|administrat(?:eur|rice)s?)\b")]
    private static partial Regex Office();

    [GeneratedRegex(@"\b(?:zit|is|zetelt|zetelde|sits?|is)\s+(?:niet|geen|not|no\s+longer|nooit|never)\b|\bniet\s+meer\b|\bne\s+\w+\s+pas\b")]
    private static partial Regex TieDenied();

    /// <summary>
    /// A residence and work permit the candidate says they hold ("ik heb een geldige verblijfs- en arbeidsvergunning", "a valid
    /// work permit", "un permis de séjour et de travail valable"), or lack ("geen werkvergunning"); null when not said or asked.
    /// </summary>
    public static bool? WorkPermit(RuleText t)
    {
        if (!Permit().IsMatch(t.Text) || PermitQuestion().IsMatch(t.Text))
        {
            return null;
        }

        return PermitNegated().IsMatch(t.Text) ? false : true;
    }

    /// <summary>
    /// The age the candidate states ("ik ben 17 jaar (oud)", "I'm 17 years old", "I am 17, …", "j'ai 17 ans", "als ik 18 ben"), 13 to 70; null
    /// when not said, or when the years are years of service or work ("ik ben 15 jaar in dienst", "j'ai 15 ans d'expérience").
    /// </summary>
    public static int? Age(RuleText t)
    {
        var m = AgeStated().Match(t.Text);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var age) && age is >= 13 and <= 70 ? age : null;
    }

    [GeneratedRegex(@" (?:ik ben|ben ik|i am|i m|im|am i|je suis) (?:nu |pas |net |already |now |only )?(?<n>\d{2}) (?:(?:jaar|years?) (?:oud |old )?)?(?=[,.;!?]? ?(?:en |and |maar |but |,|\.|$)| ?(?:jaar oud|years old|ans)\b)| (?:ik ben|ben ik) (?:nu |pas |net )?(?<n>\d{2}) jaar (?!(?:ervaring|in|bij|als|aan|werkzaam|actief|bezig|gewerkt|tewerkgesteld|lid|getrouwd|samen|zelfstandig)\b)| (?:i am|i m|im) (?<n>\d{2}) years old| (?:als|wanneer|indien) ik (?<n>\d{2}) (?:jaar )?(?:oud )?ben\b| (?:if|when) i (?:am|m) (?<n>\d{2})\b(?! (?:years? )?(?:of )?(?:experience|in|at|with)\b)| j ?'? ?ai (?<n>\d{2}) ans(?! d ?'? ?(?:experience|anciennete))(?! (?:d|de) (?:experience|anciennete|service))", RegexOptions.ExplicitCapture)]
    private static partial Regex AgeStated();

    public static bool? DrivingLicence(RuleText t)
    {
        // "ik heb enkel een voorlopig rijbewijs", "a learner's permit", "un permis provisoire": no licence yet, unless a full one
        // is named besides it.
        if (Provisional().IsMatch(t.Text))
        {
            var rest = Provisional().Replace(t.Text, " ");
            return LicenceCategory().IsMatch(rest) || LightCategory().IsMatch(rest) || LicenceByVehicle().IsMatch(rest) ? true : false;
        }

        var m = Licence().Match(t.Text);
        if (!m.Success)
        {
            // "ik heb enkel B", "I only have C", "je n'ai que le B": a category named on its own after "only" is a licence held.
            return OnlyCategory().IsMatch(t.Text) || LicenceCodes(t).Count > 0 || (LightCategory().IsMatch(t.Text) && !LicenceNegated().IsMatch(t.Text) && !LicenceQuestion().IsMatch(t.Text)) ? true : null;
        }

        // "mijn rijbewijs is ingetrokken", "my licence has expired", "mon permis est suspendu": no licence held now.
        if (LicenceLost().IsMatch(t.Text) && !LicenceCategory().IsMatch(LicenceLost().Replace(t.Text, " ")))
        {
            return false;
        }

        if (LicenceNegated().IsMatch(t.Text))
        {
            // "I have a B licence but no C licence": a category held outside the denied phrase is still a licence held.
            var rest = WithoutDenied(t.Text);
            return LicenceCategory().IsMatch(rest) || HeldAfterDenial().IsMatch(rest) ? true : false;
        }

        // "… en rijbewijs B": a named category is a statement of having it, however far from "ik heb".
        return (LicenceHeld().IsMatch(t.Text) || LicenceCategory().IsMatch(t.Text) || LicenceByVehicle().IsMatch(t.Text)) && !LicenceQuestion().IsMatch(t.Text) ? true : null;
    }

    /// <summary>The statement without its denied licence phrases ("geen C-rijbewijs", "I don't have a C licence", "pas le permis C").</summary>
    private static string WithoutDenied(string text) => LicenceNegated().Replace(text, " ");

    /// <summary>
    /// How long the candidate has held their licence, as the year they obtained it ("rijbewijs sinds 2025", "permis depuis
    /// 2019"; -1 for "last year" and 0 for "this year", counted from the day judged on) or a number of months ("sinds 6 maanden", "pas een jaar mijn rijbewijs", "for two years", "last year", "net
    /// gehaald"); both null when not said. Only a span said in the same breath as the licence counts.
    /// </summary>
    public static (int? Year, int? Months) LicenceHeldFor(RuleText t)
    {
        foreach (Match m in LicenceWord().Matches(t.Text))
        {
            var from = Math.Max(0, m.Index - 45);
            var window = t.Text.Substring(from, Math.Min(t.Text.Length, m.Index + m.Length + 45) - from);
            if (LicenceSinceYear().Match(window) is { Success: true } y && int.TryParse(y.Groups["y"].Value, out var year))
            {
                return (year, null);
            }

            if (LicenceSpan().Match(window) is { Success: true } s && NumberWord(s.Groups["n"].Value) is { } n)
            {
                var unit = s.Groups["u"].Value;
                return (null, unit.StartsWith("maand", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal) || unit == "mois" ? n
                    : unit.StartsWith("we", StringComparison.Ordinal) || unit.StartsWith("sem", StringComparison.Ordinal) ? 0 : n * 12);
            }

            // "vorig jaar" / "dit jaar": a year counted back from the day the vacancy is judged on (-1, 0), not a span.
            if (LicenceLastYear().Match(window) is { Success: true } last)
            {
                return (last.Value.Contains("last", StringComparison.Ordinal) || last.Value.Contains("vorig", StringComparison.Ordinal) || last.Value.Contains("dern", StringComparison.Ordinal) ? -1 : 0, null);
            }

            if (LicenceJustGot().IsMatch(window))
            {
                return (null, 1);
            }
        }

        return (null, null);
    }

    /// <summary>A span's number: digits below 100, "a" and "anderhalf" as one, or a number word ("twee", "two", "deux").</summary>
    private static int? NumberWord(string w) => w is "a" or "anderhalf" ? 1
        : int.TryParse(w, out var n) ? (n is > 0 and < 100 ? n : null) : NumberWords.Word(w);

    [GeneratedRegex(@" (?:rijbewijs\w*|\w+rijbewijs|licen[cs]e|permis|driving|driver s) ")]
    private static partial Regex LicenceWord();

    [GeneratedRegex(@" (?:sinds|sedert|vanaf|since|depuis|in|en|gehaald in|behaald in|obtenu en|got it in) (?<y>(?:19|20)\d\d) ", RegexOptions.ExplicitCapture)]
    private static partial Regex LicenceSinceYear();

    [GeneratedRegex(@" (?:(?:sinds|sedert|al|reeds|nog maar|maar|nu|since|for|already|only|depuis|seulement|ca fait|il y a) (?:ongeveer |about |environ |bijna |almost |presque )?(?<n>\d{1,2}|een|one|a|un|une|twee|two|deux|drie|three|trois|vier|four|quatre|vijf|five|cinq|zes|six|zeven|seven|sept|acht|eight|huit|negen|nine|neuf|tien|ten|dix|anderhalf) (?<u>jaar|jaren|years?|ans?|annees?|maanden|maand|months?|mois|weken|week|weeks?|semaines?)|pas (?:ongeveer |bijna )?(?<n>\d{1,2}|een|twee|drie|vier|vijf|zes|anderhalf) (?<u>jaar|maanden|maand|weken|week)) ", RegexOptions.ExplicitCapture)]
    private static partial Regex LicenceSpan();

    [GeneratedRegex(@" (?:vorig jaar|vorige maand|last year|last month|this year|dit jaar|l an dernier|l annee derniere|cette annee|le mois dernier|l annee passee) ")]
    private static partial Regex LicenceLastYear();

    [GeneratedRegex(@" (?:net|onlangs|recent|recentelijk|just|recently|newly|vient|viens|recemment) (?:\w+ ){0,3}?(?:gehaald|behaald|got|obtained|passed|obtenu|d obtenir|rijbewijs|licen[cs]e|permis) ")]
    private static partial Regex LicenceJustGot();

    /// <summary>The licence categories named in a statement ("rijbewijs B en C", "C-rijbewijs", "permis C", "a B licence").</summary>
    public static IReadOnlyList<string> LicenceCategories(RuleText t)
    {
        var rest = WithoutDenied(Provisional().Replace(t.Text, " "));
        var held = LicenceNegated().IsMatch(t.Text) ? HeldAfterDenial().Matches(rest).Select(m => m.Groups["c"].Value.ToUpperInvariant()) : [];
        return [.. CategoriesIn(rest).Concat(held).Distinct()];
    }

    /// <summary>
    /// After a denied licence, the category held instead, named on its own: "geen rijbewijs C, wel B", "no C licence but I do
    /// have B", "pas de permis C mais j'ai le B".
    /// </summary>
    [GeneratedRegex(@"\b(wel|maar wel|but i (do )?have|but i ' ?ve got|but|mais j' ?ai|mais)( een| a| an| le| la| het)? (?<c>be|b|c1e|c1|ce|c|d1|de|d)\b(?![- ]?(diploma|niveau|level|attest|nederlands|dutch|neerlandais|frans|engels|french|english|schaal|scale))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeldAfterDenial();

    private static IReadOnlyList<string> CategoriesIn(string text) =>
        [.. LicenceCategory().Matches(text).Concat(OnlyCategory().Matches(text)).SelectMany(m => m.Groups["c"].Captures.Select(c => c.Value.ToUpperInvariant()))
            .Concat(LicenceByVehicle().Matches(text).Select(m => m.Groups["truck"].Success ? "C" : m.Groups["bus"].Success ? "D" : "B"))
            .Concat(LightCategory().Matches(text).Select(Light)).Distinct()];

    /// <summary>The category a light licence names: a moped (AM), a motorcycle (A, A1, A2) or a tractor (G).</summary>
    private static string Light(Match m) =>
        m.Groups["l"].Success ? m.Groups["l"].Value.ToUpperInvariant() : m.Groups["moped"].Success ? "AM" : m.Groups["tractor"].Success ? "G" : "A";

    /// <summary>
    /// A licence of a category below B, which a B requirement is never met by: "rijbewijs AM", "permis A2", "licence category
    /// A1", "motorrijbewijs", "bromfietsrijbewijs", "moped licence", "permis moto", "tractorrijbewijs" (G).
    /// </summary>
    [GeneratedRegex(@"\b(?:rijbewijs|permis(?: de conduire)?)(?: (?:categorie|type|cat))? (?<l>am|a1|a2|a|g)\b(?! ?'| ?\d)|\b(?:driving licen[cs]e|licen[cs]e)(?: (?:category|categorie|type|cat))? (?<l>am|a1|a2)\b|\blicen[cs]e categor(?:y|ie) (?<l>a|g)\b|\b(?<l>am|a1|a2|g)[- ]?(?:rijbewijs|licen[cs]e)\b|(?<moped>\b(?:bromfiets|brommer|moped|scooter)\w*[- ]?(?:rijbewijs|licen[cs]e)|\bpermis (?:cyclomoteur|am)\b)|(?<tractor>\btractor\w*[- ]?(?:rijbewijs|licen[cs]e)|\bpermis tracteur\b)|\bmotorrijbewijs\b|\bmotor(?:bike|cycle) licen[cs]e\b|\bpermis moto\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LightCategory();

    /// <summary>A provisional licence or learner's permit, with the category it names: "voorlopig rijbewijs B", "leervergunning", "learner's permit", "permis provisoire".</summary>
    [GeneratedRegex(@"\bvoorlopig\w* (?:\w+ )?rijbewijs(?: (?:be|b|c1e|c1|ce|c|d1|de|d|am|a1|a2|a|g)\b)?|\bleervergunning\w*|\blearner ' ?s? (?:permit|licen[cs]e)|\blearners? (?:permit|licen[cs]e)|\bprovisional (?:driving )?licen[cs]e|\bpermis (?:de conduire )?provisoire", RegexOptions.CultureInvariant)]
    private static partial Regex Provisional();

    /// <summary>A licence named by its vehicle: "vrachtwagenrijbewijs", "truck licence", "permis poids lourd" (C); "busrijbewijs" (D); "autorijbewijs" (B).</summary>
    [GeneratedRegex(@"(?<truck>\bvrachtwagenrijbewijs|\b(truck|lorry|hgv) (driving |driver 's |drivers )?licen[cs]e|\bpermis (de conduire )?poids lourds?)|(?<bus>\bbusrijbewijs|\b(bus|coach) (driving )?licen[cs]e|\bpermis (de conduire )?(bus|autocar))|\bautorijbewijs|\bcar (driving )?licen[cs]e|\bpermis (de conduire )?voiture", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LicenceByVehicle();

    /// <summary>
    /// The codes the candidate says are on their licence: "code 95" or a "getuigschrift/certificaat van vakbekwaamheid"
    /// (driver CPC) → "95", "ADR" → "ADR"; none when they say they lack them ("geen code 95", "without code 95").
    /// </summary>
    public static IReadOnlyList<string> LicenceCodes(RuleText t)
    {
        var codes = new List<string>();
        foreach (Match m in LicenceCode().Matches(t.Text))
        {
            var code = m.Groups["adr"].Success ? "ADR" : "95";
            if (!codes.Contains(code) && !CodeNegated().IsMatch(t.Text[..m.Index] + m.Value + " ") && !Lapsed().IsMatch(t.Text[(m.Index + m.Length)..]))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>
    /// True when the candidate says they lack a licence code ("geen code 95", "no CPC", "pas de code 95"), or that they hold
    /// only the categories they name ("ik heb enkel rijbewijs B", "I only have a C licence"): nothing else is on their licence.
    /// </summary>
    public static bool? LacksLicenceCodes(RuleText t)
    {
        foreach (Match m in LicenceCode().Matches(t.Text))
        {
            if (CodeNegated().IsMatch(t.Text[..m.Index] + m.Value + " ") || Lapsed().IsMatch(t.Text[(m.Index + m.Length)..]))
            {
                return true;
            }
        }

        return LicenceCodes(t).Count == 0 && (OnlyCategory().IsMatch(t.Text) || OnlyLicence().IsMatch(t.Text)) ? true : null;
    }

    /// <summary>Right after a code or licence: it is no longer valid ("is vervallen", "has expired", "est périmé", "niet meer geldig").</summary>
    [GeneratedRegex(@"^ ?(\w+ ){0,4}?(is |zijn |has |have |est |was |werd )?(been )?(vervallen|verlopen|ingetrokken|geschorst|expired|lapsed|revoked|suspended|perime|perimee|expire|expiree|retire|retiree|suspendu|suspendue|niet meer geldig|no longer valid|plus valable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lapsed();

    /// <summary>A licence said to be no longer valid ("mijn rijbewijs is ingetrokken", "my driving licence has expired").</summary>
    [GeneratedRegex(@"\b(\w*rijbewijs|driving licen[cs]e|licen[cs]e|permis(?: de conduire)?)( (be|b|c1e|c1|ce|c|d1|de|d))? (is |zijn |has |was |est |a ete |werd )?(been )?(vervallen|verlopen|ingetrokken|geschorst|expired|lapsed|revoked|suspended|perime|perimee|expire|retire|suspendu|niet meer geldig|no longer valid|plus valable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceLost();

    [GeneratedRegex(@"\bcode ?95\b|\b(getuigschrift|certificaat|certificat|certificate) (van |of |de |d' )?(vakbekwaamheid|professional competence|aptitude professionnelle|competence professionnelle)|\bvakbekwaamheid\b|\bdriver cpc\b|\bcpc\b|(?<adr>\badr\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LicenceCode();

    /// <summary>A code named after a negation in the same clause ("geen code 95", "zonder ADR", "not … code 95", "pas de code 95").</summary>
    [GeneratedRegex(@"\b(geen|zonder|no|without|not|don ' ?t|dont|pas de|pas d' ?|pas|sans|aucun|niet)\b ([\w'-]+ ){0,4}?(code ?95|getuigschrift|certificaat|certificat|certificate|vakbekwaamheid|driver cpc|cpc|adr) $", RegexOptions.CultureInvariant)]
    private static partial Regex CodeNegated();

    /// <summary>"ik heb enkel B", "alleen rijbewijs C", "I only have a B licence", "je n'ai que le permis B", "seulement le permis B".</summary>
    [GeneratedRegex(@"\b(ik heb|heb ik|i have|i ' ?ve|ive|i ' ?ve got|j' ?ai|je n' ?ai|n' ?ai)( maar| enkel| alleen| slechts| only| got only| seulement| que)( een| a| an| le| la| het)? (?<c>be|b|c1e|c1|ce|c|d1|de|d)\b(?! ?(diploma|niveau|level|attest|nederlands|dutch|neerlandais|frans|engels|french|english))|\b(enkel|alleen|slechts|only|seulement)( een| a| an| le| het)? (?<c>be|b|c1e|c1|ce|c|d1|de|d)\b(?=[ -]?(rijbewijs|licen[cs]e|driving|permis)| [,.!?]| $)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OnlyCategory();

    /// <summary>An "only" next to a licence ("ik heb alleen een rijbewijs B", "I only have a driving licence B").</summary>
    [GeneratedRegex(@"\b(enkel|alleen|slechts|maar|only|seulement|que)\b( \w+){0,3} (rijbewijs|driving licen[cs]e|licen[cs]e|permis)\b|\b(rijbewijs|licen[cs]e|permis) (\w+ ){0,2}(enkel|alleen|only|seulement)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyLicence();

    /// <summary>"uit Marokko", "from Morocco", "je viens du Maroc", "afkomstig van".</summary>
    private static bool IsOrigin(string[] w, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var before = i > 1 ? w[i - 2] : "";
        return w[i - 1] switch
        {
            "uit" or "from" or "afkomstig" or "origine" => true,
            "de" or "du" or "d'" => before is "viens" or "venu" or "venue" or "originaire" or "suis" or "nationalite" or "citoyen" or "citoyenne",
            "van" => before is "afkomstig" or "nationaliteit" or "burger" or "onderdaan",
            "of" => before is "citizen" or "national" or "nationality",
            _ => Countries.OriginPrepositions.Contains(w[i - 1]) && w[i - 1] is not ("de" or "du" or "d'" or "van"),
        };
    }

    private static bool IAm(string[] w, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if ((w[k] is "ben" && k > 0 && w[k - 1] is "ik") || (w[k] is "ik" && k > 0 && w[k - 1] is "ben") || (w[k] is "am" && k > 0 && w[k - 1] is "i")
                || (w[k] is "suis" && k > 0 && w[k - 1] is "je") || w[k] is "kben"
                // "… maar ben Frans", "… en ben Nederlander": the subject left out after a conjunction.
                || (w[k] is "ben" && k > 0 && w[k - 1] is "maar" or "en" or "want" && k == i - 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(string[] w, int i, int span, HashSet<string> words)
    {
        for (var k = Math.Max(0, i - span); k < i; k++)
        {
            if (words.Contains(w[k]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"\b(buiten|niet|non|geen) (de )?(eu|europese unie|europa|eer)\b|\b(niet|geen) europe\w*|\bpas (de nationalite )?europe\w*"
        + @"|\bnon (eu|europe\w*)\b|\boutside (the )?(eu|european union|europe)\b"
        + @"|\bhors (de l' )?(ue|union europeenne|europe)\b|\bextra europe\w*|\bniet uit (de )?(eu|europa)\b"
        + @"|\bnot (from )?(an? )?(eu|european)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OutsideEu();

    [GeneratedRegex(
        @"\bbuitenlands\w* (diploma|universiteit|opleiding)|\bdiploma\b.{0,30}\bbuitenland"
        + @"|\bin het buitenland (behaald|gestudeerd|afgestudeerd)"
        + @"|\bbuitenland\b.{0,20}\b(behaald|gestudeerd|afgestudeerd)"
        + @"|\bforeign (degree|diploma|qualification|university)|\b(degree|diploma)\b.{0,25}\babroad\b"
        + @"|\bstudied abroad\b|\bdiplome (etranger|obtenu a l' etranger)"
        + @"|\b(diplome|etudes)\b.{0,25}\ba l' etranger\b|\bnaric\b|\bgelijkwaardigheid|\bgelijkschakeling"
        + @"|\bequivalence (de|of) (mon |my )?(diplome|diploma|degree)|\bniet (in )?belgisch (diploma|behaald)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Foreign();

    [GeneratedRegex(
        @"\blaatstejaars|\blaatste jaar\b"
        + @"|\bstudeer (dit jaar |in juni |binnenkort |volgend jaar |deze zomer |in september |pas )?af\b"
        + @"|\bafstuderen\b|\bnog (aan het )?studeren\b|\bnog student\b|\bben (nog )?student\b"
        + @"|\bzit (nu |momenteel )?in (het |mijn )?(6de|6e|zesde|laatste|7de|7e|zevende) (jaar|middelbaar|secundair)\b"
        + @"|\bstudent (ben|in)\b|\bfinal ?year\b|\b(in (my|the) )?(last|final) year of (my|the|secondary|high|school|college|university|studies|study)\b|\bgraduating\b|\bwill graduate\b"
        + @"|\bstill (a )?student\b|\bi am (still )?studying\b|\bderniere annee\b|\betudiant\w* (en|de) derniere"
        + @"|\bje termine mes etudes\b|\bencore etudiant|\bje suis etudiant|\bdiplome en juin\b"
        + @"|\bje (termine|finis|acheve|terminerai|finirai) (mon|ma|mes) (bachelier|bachelor|master|etudes|formation|diplome|secondaire|rhetorique|graduat)\b"
        + @"|\bi (am finishing|'m finishing|finish|will finish|am completing|'m completing|will complete|complete) (my )?(bachelor|master|degree|studies|secondary|diploma|high school)\b"
        + @"|\bi ' ?m finishing (my )?(bachelor|master|degree|studies|secondary|diploma|high school)\b|\bi ' ?m completing (my )?(bachelor|master|degree|studies|diploma)\b"
        + @"|\b(rond|maak) (dit jaar |in juni |binnenkort )?(mijn|de) (bachelor|master|opleiding|studies|studie|graduaat)\b[^.?!]{0,30}\baf\b"
        // Not graduated yet, whatever the year: "nog niet afgestudeerd", "nog 3 vakken", "ik volg een bachelor", "not graduated
        // yet", "il me reste 2 examens": the diploma is not held.
        + @"|\bnog niet (afgestudeerd|gediplomeerd|behaald|afgewerkt)\b|\bnog (\d+|een|twee|drie|vier|enkele|een paar) (vak|vakken|examen|examens|opleidingsonderdelen|studiepunten)\b"
        + @"|\b(ik )?volg (nu |momenteel |nog |sinds \w+ )?(een|de|mijn) (bachelor|master|graduaat|bacheloropleiding|masteropleiding)\w*\b"
        + @"|\bnot (yet )?graduated\b|\bhaven ' ?t (yet )?graduated\b|\bhave not (yet )?graduated\b|\bstill (have|need) (\d+|one|two|three|a few) (courses|exams|credits)\b"
        + @"|\bpas encore (diplome|termine)\b|\bil me reste (\d+|un|une|deux|trois|quelques) (cours|examens|credits)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FinalYearPattern();

    [GeneratedRegex(
        @"\brijbewijs|\bdriving licen[cs]e|\bdriver 's licen[cs]e|\bdrivers licen[cs]e|\bdriver licen[cs]e"
        + @"|\b(vrachtwagen|bus|auto)rijbewijs|\b(truck|lorry|hgv|bus|coach|car) (driving |driver 's |drivers )?licen[cs]e|\bpermis poids lourds?"
        + @"|\bpermis (de conduire|be|b|c1e|c1|ce|c|d1|d)\b(?! ?')|\b(be|b|c1e|c1|ce|c|d1|d)[- ]?licen[cs]e\b|\blicen[cs]e (categor(y|ie) )?(be|b|c1e|c1|ce|c|d1|d)\b(?! ?')",
        RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    [GeneratedRegex(@"\b(?:rijbewijs|driving licen[cs]e|driver 's licen[cs]e|drivers licen[cs]e|permis(?: de conduire)?)(?: (?:categorie|category|catégorie|type|cat))? (?<c>be|b|c1e|c1|ce|c|d1|d|de)\b(?: (?:en|and|et|of|or|ou|\+|,) (?<c>be|b|c1e|c1|ce|c|d1|d|de)\b)*|\b(?<c>be|b|c1|ce|c|d)[- ]?(?:rijbewijs|licen[cs]e)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceCategory();

    [GeneratedRegex(@"\b(geen|zonder|no|without|not|don ' ?t|dont|sans|pas de|pas d'|pas|aucun|niet)\b ([\w-]+ ){0,3}?(\w*rijbewijs|(?:(?:be|b|c1e|c1|ce|c|d1|de|d)[- ])?(?:driving |driver 's |drivers |driver |truck |lorry |hgv |bus |coach |car )?licen[cs]e|permis(?: de conduire)?(?: (?:be|b|c1e|c1|ce|c|d1|de|d)\b)?)", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceNegated();

    [GeneratedRegex(@"\b(ik heb|ik bezit|met|mijn|i have|with|my|j' ai|avec|mon|heb|(?:en|and|et) (?:een|a|an|un|mijn|my|mon))\b (\w+ ){0,3}?(rijbewijs|driving licen[cs]e|driver 's licen[cs]e|drivers licen[cs]e|permis)", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceHeld();

    [GeneratedRegex(
        @"\b(\w*rijbewijs|licen[cs]e|permis)\b.{0,25}\b(nodig|vereist|verplicht|need|needed|required|requis|necessaire|obligatoire)\b"
        + @"|\b(nodig|need|faut|heb ik)\b.{0,20}\b(\w*rijbewijs|licen[cs]e|permis)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LicenceQuestion();

    [GeneratedRegex(@" (verblijfs?|arbeids|werk)(vergunning|toelating|kaart)| arbeidskaart | verblijfs?(-| )?(en|of) arbeids| single permit | gecombineerde vergunning | work permit | residence permit | permis (de sejour|de travail|unique) | titre de sejour | carte de sejour ")]
    private static partial Regex Permit();

    [GeneratedRegex(@" (geen|zonder|niet|no|without|not|don't|pas de|sans|aucun|n'ai pas|heb niet) ([a-z'-]+ ){0,3}(verblijfs?|arbeids|werk|work|residence|permis|titre|carte|single|gecombineerde)")]
    private static partial Regex PermitNegated();

    [GeneratedRegex(@" (heb ik|moet ik|is een|need i|do i need|is a|faut il|ai je besoin|dois je) ([a-z'-]+ ){0,3}(verblijfs?|arbeids|werk|work|residence|permis|titre|carte)")]
    private static partial Regex PermitQuestion();
}
