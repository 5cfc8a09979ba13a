using Assistant.Core.Text.Redaction;
namespace Assistant.Storage.Redaction;

/// <summary>Statements of one's nationality in nl/en/fr ("ik ben Belg", "I have Belgian nationality", "je suis de nationalité française").</summary>
internal static class NationalityPatterns
{
    private const string DutchDemonyms =
        "Belg|Belgische|Nederlander|Nederlandse|Fransman|Française|Franse|Duitser|Duitse|Luxemburger|Luxemburgse|Marokkaan|Marokkaanse|" +
        "Turk|Turkse|Pool|Poolse|Roemeen|Roemeense|Bulgaar|Bulgaarse|Italiaan|Italiaanse|Spanjaard|Spaanse|Portugees|Portugese|" +
        "Brit|Britse|Ier|Ierse|Amerikaan|Amerikaanse|Congolees|Congolese|Algerijn|Algerijnse|Tunesiër|Tunesische|Syriër|Syrische|" +
        "Afghaan|Afghaanse|Oekraïner|Oekraïense|Rus|Russische|Griek|Griekse|Albanees|Albanese|Serviër|Servische|Hongaar|Hongaarse|" +
        "Tsjech|Tsjechische|Slowaak|Slowaakse|Zwitser|Zwitserse|Oostenrijker|Oostenrijkse|Zweed|Zweedse|Deen|Deense|Fin|Finse|" +
        "Noor|Noorse|Litouwer|Litouwse|Letse|Est|Estse|Kroaat|Kroatische|Sloveen|Sloveense|Kameroener|Kameroense|Nigeriaan|" +
        "Nigeriaanse|Rwandees|Rwandese|Eritreeër|Eritrese|Somaliër|Somalische|Iraniër|Iraanse|Irakees|Iraakse|Indiër|Indiase|" +
        "Chinees|Chinese|Braziliaan|Braziliaanse|Europeaan|Europese";

    private const string EnglishDemonyms =
        "Belgian|Dutch|French|German|Luxembourgish|Moroccan|Turkish|Polish|Romanian|Bulgarian|Italian|Spanish|Portuguese|British|" +
        "Irish|American|Congolese|Algerian|Tunisian|Syrian|Afghan|Ukrainian|Russian|Greek|Albanian|Serbian|Hungarian|Czech|Slovak|" +
        "Swiss|Austrian|Swedish|Danish|Finnish|Norwegian|Lithuanian|Latvian|Estonian|Croatian|Slovenian|Cameroonian|Nigerian|" +
        "Rwandan|Eritrean|Somali|Iranian|Iraqi|Indian|Chinese|Brazilian|European";

    private const string FrenchDemonyms =
        "belge|français|française|néerlandais|néerlandaise|allemand|allemande|luxembourgeois|luxembourgeoise|marocain|marocaine|" +
        "turc|turque|polonais|polonaise|roumain|roumaine|bulgare|italien|italienne|espagnol|espagnole|portugais|portugaise|" +
        "britannique|irlandais|irlandaise|américain|américaine|congolais|congolaise|algérien|algérienne|tunisien|tunisienne|" +
        "syrien|syrienne|afghan|afghane|ukrainien|ukrainienne|russe|grec|grecque|albanais|albanaise|serbe|hongrois|hongroise|" +
        "tchèque|slovaque|suisse|autrichien|autrichienne|suédois|suédoise|danois|danoise|finlandais|finlandaise|norvégien|" +
        "norvégienne|lituanien|lituanienne|letton|lettone|estonien|estonienne|croate|slovène|camerounais|camerounaise|nigérian|" +
        "nigériane|rwandais|rwandaise|érythréen|érythréenne|somalien|somalienne|iranien|iranienne|irakien|irakienne|indien|" +
        "indienne|chinois|chinoise|brésilien|brésilienne|européen|européenne";

    /// <summary>"I am …": a bare demonym is a statement of nationality.</summary>
    private const string BeLead =
        @"(?<lead>\b(?:ik\s+ben|mijn\s+nationaliteit\s+is|I\s+am|I['’]m|my\s+nationality\s+is|je\s+suis|je\s+ne\s+suis\s+pas|ma\s+nationalité\s+est)" +
        @"(?:\s+(?:ook|wel|enkel|alleen|also|only|not|aussi|seulement))*\s+)";

    /// <summary>"I have …", "met …": only an explicit nationality phrase counts ("met een Duitse auto" is no statement).</summary>
    private const string HaveLead =
        @"(?<lead>\b(?:ik\s+heb|ik\s+bezit|met|als|I\s+have|I\s+hold|with|as|j['’]ai|je\s+possède|avec|en\s+tant\s+que)" +
        @"(?:\s+(?:ook|wel|enkel|alleen|also|only|aussi|seulement))*\s+)";

    private const string Demonym = "(?:" + DutchDemonyms + "|" + EnglishDemonyms + "|" + FrenchDemonyms + @")\b";

    /// <summary>
    /// Phrases that name a nationality explicitly, most specific first. They are separate rules (one pattern each) because
    /// the demonym list is large: in one alternation the non-backtracking engine's automaton would exceed its size limit.
    /// </summary>
    private static readonly string[] ExplicitPhrases =
    [
        // "de Belgische nationaliteit", "Belgian nationality/citizenship", "dubbele nationaliteit"; "la nationalité belge",
        // "de nationalité française", "(la) double nationalité"; "EU-burger", "niet-EU-onderdaan", "(a) non-EU citizen"
        @"(?:(?:de|geen|een|the|no|a|dual|double)\s+)?(?:[\p{L}-]+\s+)?(?:nationaliteit|nationality|citizenship|staatsburgerschap)\b" +
        @"|(?:(?:la|de|une|aucune)\s+)?(?:double\s+)?nationalité(?:\s+[\p{L}-]+)?" +
        @"|(?:(?:een|geen|an?|un|une)\s+)?(?:niet-)?EU-(?:burger|onderdaan)\b" +
        @"|(?:(?:an?|no)\s+)?(?:non-)?EU\s+(?:citizen|national)\b",
        // "citoyen européen", "ressortissant de l'UE", "une citoyenne belge"
        @"(?:(?:un|une)\s+)?(?:citoyen(?:ne)?|ressortissant(?:e)?)\s+(?:de\s+l['’](?:UE|Union\s+européenne)|européen(?:ne)?|non\s+européen(?:ne)?|" + Demonym + ")",
        // "a Belgian citizen", "Marokkaans staatsburger"
        @"(?:(?:een|geen|an?)\s+)?" + Demonym + @"\s+(?:citizen|national|staatsburger|onderdaan)\b",
    ];

    /// <summary>"Belg", "a Belgian", "belge", "une Marocaine".</summary>
    private const string BareDemonym = @"(?:(?:een|geen|an?|un|une)\s+)?" + Demonym;

    public static IEnumerable<RedactionRule> Rules()
    {
        var be = Prefilters.AnyOf("ben", "national", "am", "'m", "’m", "suis");
        foreach (var phrase in ExplicitPhrases)
        {
            yield return RedactionRule.AfterLead(BeLead + "(?:" + phrase + ")", "[nationality]").Requires(be);
        }

        yield return RedactionRule.AfterLead(BeLead + BareDemonym, "[nationality]").Requires(be);

        var have = Prefilters.AnyOf("national", "citizen", "staatsburger", "eu", "citoyen", "ressortissant", "onderdaan");
        foreach (var phrase in ExplicitPhrases)
        {
            yield return RedactionRule.AfterLead(HaveLead + "(?:" + phrase + ")", "[nationality]").Requires(have);
        }
    }
}
