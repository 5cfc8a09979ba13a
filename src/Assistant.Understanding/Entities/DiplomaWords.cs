using Assistant.Core.Facts;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Recognises diploma levels in folded words ("bachelordiploma", "master's", "secundair onderwijs", "graduaat",
/// "high school", "bachelier") and translates common English and French study fields to the Dutch the vacancies use.
/// </summary>
internal static class DiplomaWords
{
    private static readonly HashSet<string> Secondary = new(StringComparer.Ordinal)
    {
        "secundair", "secundaire", "secondaire", "secondary", "middelbaar", "middelbare", "humaniora", "aso", "tso", "bso", "kso",
        "cess", "highschool", "lyceum", "dso",
        // Secondary-school diplomas from abroad by their own names ("een havo-diploma", "mon baccalauréat", "das Abitur").
        "havo", "vwo", "abitur", "matura", "baccalaureat",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "diploma", "diplomas", "diplome", "diplomes", "degree", "degrees", "diplomadiploma", "qualification",
        "kwalificatiebewijs", "kwalificatiebewijzen", "qualifications",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["communication"] = "communicatie", ["communications"] = "communicatie", ["law"] = "rechten", ["droit"] = "rechten",
        ["economics"] = "economie", ["economy"] = "economie", ["history"] = "geschiedenis", ["histoire"] = "geschiedenis",
        ["journalism"] = "journalistiek", ["journalisme"] = "journalistiek", ["psychology"] = "psychologie",
        ["sociology"] = "sociologie", ["informatique"] = "informatica", ["languages"] = "talen", ["langues"] = "talen",
        ["marketing"] = "marketing", ["business"] = "bedrijfsmanagement", ["accounting"] = "boekhouden",
        ["comptabilite"] = "boekhouden", ["translation"] = "vertaling", ["traduction"] = "vertaling", ["education"] = "onderwijs",
        ["nursing"] = "verpleegkunde", ["engineering"] = "ingenieurswetenschappen", ["industrial engineering"] = "industriele wetenschappen", ["architecture"] = "architectuur",
        ["social work"] = "sociaal werk", ["political science"] = "politieke wetenschappen", ["politics"] = "politieke wetenschappen",
        ["sciences politiques"] = "politieke wetenschappen", ["computer science"] = "informatica", ["public administration"] = "bestuurskunde",
        ["administration publique"] = "bestuurskunde", ["management"] = "management", ["media"] = "media", ["medias"] = "media",
        ["travail social"] = "sociaal werk", ["assistant social"] = "sociaal werk", ["assistante sociale"] = "sociaal werk",
        ["social worker"] = "sociaal werk", ["social sciences"] = "sociale wetenschappen", ["sciences sociales"] = "sociale wetenschappen",
        ["bookkeeping"] = "boekhouden", ["accountancy"] = "accountancy", ["finance"] = "financien", ["fiscalite"] = "fiscaliteit",
        ["taxation"] = "fiscaliteit", ["soins infirmiers"] = "verpleegkunde", ["infirmier"] = "verpleegkunde", ["infirmiere"] = "verpleegkunde",
        ["nurse"] = "verpleegkunde", ["primary education"] = "lager onderwijs", ["primary school teaching"] = "lager onderwijs",
        ["enseignement primaire"] = "lager onderwijs", ["instituteur"] = "lager onderwijs", ["institutrice"] = "lager onderwijs",
        ["secondary education"] = "secundair onderwijs", ["enseignement secondaire"] = "secundair onderwijs", ["teaching"] = "onderwijs",
        ["enseignement"] = "onderwijs", ["pedagogie"] = "pedagogie", ["pedagogy"] = "pedagogie", ["childcare"] = "kinderzorg",
        ["child care"] = "kinderzorg", ["puericulture"] = "kinderzorg", ["horticulture"] = "tuinbouw", ["gardening"] = "tuinbouw",
        ["agriculture"] = "landbouw", ["programming"] = "programmeren", ["programmation"] = "programmeren",
        ["software development"] = "programmeren", ["networks"] = "systemen en netwerken", ["reseaux"] = "systemen en netwerken",
        ["applied computer science"] = "toegepaste informatica", ["informatique appliquee"] = "toegepaste informatica",
        ["it"] = "informatica", ["ict"] = "ict", ["electromechanics"] = "elektromechanica", ["electromecanique"] = "elektromechanica",
        ["electricity"] = "elektriciteit", ["electricite"] = "elektriciteit", ["mechanics"] = "mechanica", ["mecanique"] = "mechanica",
        ["civil engineering"] = "bouwkunde", ["genie civil"] = "bouwkunde", ["construction"] = "bouw", ["office management"] = "office management",
        ["secretariat"] = "secretariaatsbeheer", ["secretarial"] = "secretariaatsbeheer", ["sciences economiques"] = "economie",
        ["economie"] = "economie", ["business administration"] = "bedrijfsmanagement", ["gestion"] = "bedrijfsmanagement",
        ["sciences commerciales"] = "handelswetenschappen", ["commerce"] = "handelswetenschappen", ["criminology"] = "criminologie",
        ["criminologie"] = "criminologie", ["orthopedagogy"] = "orthopedagogie", ["special education"] = "orthopedagogie",
        ["orthopedagogie"] = "orthopedagogie", ["youth work"] = "jeugdwerk", ["archival science"] = "archivistiek",
        ["archivistique"] = "archivistiek", ["library science"] = "bibliotheekwetenschap", ["spatial planning"] = "ruimtelijke planning",
        ["urbanisme"] = "ruimtelijke planning", ["urban planning"] = "ruimtelijke planning", ["environmental science"] = "milieukunde",
        ["environnement"] = "milieukunde", ["biology"] = "biologie", ["occupational therapy"] = "ergotherapie", ["ergotherapie"] = "ergotherapie",
        ["physiotherapy"] = "kinesitherapie", ["kinesitherapie"] = "kinesitherapie", ["biologie"] = "biologie", ["chemistry"] = "chemie", ["chimie"] = "chemie",
    };

    /// <summary>The level a word (and maybe the next one) names, how many words it takes, or null; generic "diploma" gives <see cref="DiplomaLevel.None"/>.</summary>
    public static (DiplomaLevel Level, int Length)? LevelAt(string[] w, int i)
    {
        var word = w[i];
        var next = i + 1 < w.Length ? w[i + 1] : "";
        if (word.StartsWith("master", StringComparison.Ordinal) || word is "licentiaat" or "licentiate" or "doctoraat" or "doctorat" or "phd"
            || word is "doctorate" || (word is "universitair" or "universitaire" or "university" && next is "diploma" or "degree" or "diplome" or "opleiding" or "studies"))
        {
            return (DiplomaLevel.Master, word is "universitair" or "universitaire" or "university" ? 2 : 1);
        }

        if (word is "graduaat" or "graduat" or "hbo5" or "gegradueerde" or "gegradueerd" || (word == "hbo" && next == "5") || (word == "associate" && next == "degree"))
        {
            // The graduaat of before the higher-education reform (hoger onderwijs van het korte type, one cycle, obtained before 2005)
            // is of bachelor level today; the graduaat of HBO5 is not.
            return (word is "graduaat" or "graduat" or "gegradueerde" or "gegradueerd" && OneCycleGraduate(w, i) ? DiplomaLevel.Bachelor : DiplomaLevel.Graduate,
                word is "hbo" or "associate" ? 2 : 1);
        }

        if (word.StartsWith("bachelor", StringComparison.Ordinal) || word.StartsWith("bachelier", StringComparison.Ordinal)
            || word is "undergraduate" or "hogeschooldiploma" or "hogeschool" || (word == "hoger" && next is "onderwijs" or "diploma" or "opleiding" or "studies")
            || (word == "college" && next == "degree") || (word == "higher" && next is "education" or "degree")
            || (word == "enseignement" && next is "superieur"))
        {
            return (DiplomaLevel.Bachelor, word is "hoger" or "college" or "higher" or "enseignement" ? 2 : 1);
        }

        // "het 7de jaar kinderzorg", "zevende jaar BSO": the specialisation year of secondary education.
        if (word is "7de" or "7e" or "zevende" or "7ste" && next is "jaar" or "annee")
        {
            return (DiplomaLevel.Secondary, 2);
        }

        if (Secondary.Contains(word) || (word == "high" && next == "school"))
        {
            return (DiplomaLevel.Secondary, word == "high" || next is "onderwijs" or "school" or "education" ? 2 : 1);
        }

        return Generic.Contains(word) ? (DiplomaLevel.None, 1) : null;
    }

    /// <summary>
    /// Whether the graduaat at <paramref name="i"/> is the one-cycle higher education of before 2005: "hoger onderwijs (van het)
    /// korte type" near it, or a year of obtaining before 2005 right after it ("gegradueerde boekhouding van 1996", "graduaat (1999)").
    /// </summary>
    private static bool OneCycleGraduate(string[] w, int i)
    {
        var from = Math.Max(0, i - 6);
        var to = Math.Min(w.Length - 1, i + 10);
        for (var k = from; k <= to; k++)
        {
            if (w[k] is "hbo5" || (w[k] == "hbo" && k + 1 < w.Length && w[k + 1] == "5"))
            {
                return false;
            }
        }

        for (var k = from; k < to; k++)
        {
            if (w[k] == "korte" && w[k + 1] is "type" or "duur")
            {
                return true;
            }
        }

        for (var k = i + 1; k <= Math.Min(to, i + 6); k++)
        {
            if (w[k].Length == 4 && int.TryParse(w[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1950 and < 2005 && w[k - 1] is not ("sinds" or "since" or "depuis" or "tot" or "until" or "jusqu" or "vanaf"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Dutch name of a field written in English or French, or the words unchanged.</summary>
    public static string Field(string folded, string quoted) => Fields.TryGetValue(folded, out var nl) ? nl : quoted;

    /// <summary>The Dutch name of a field written in English or French, or null when the word names no known field.</summary>
    public static string? KnownField(string folded) => Fields.TryGetValue(folded, out var nl) ? nl : null;

    /// <summary>The level above <paramref name="level"/> that a "only this diploma" statement rules out.</summary>
    public static DiplomaLevel? Above(DiplomaLevel level) => level switch
    {
        DiplomaLevel.None => DiplomaLevel.Secondary,
        DiplomaLevel.Secondary or DiplomaLevel.Graduate => DiplomaLevel.Bachelor,
        DiplomaLevel.Bachelor => DiplomaLevel.Master,
        _ => null,
    };
}
