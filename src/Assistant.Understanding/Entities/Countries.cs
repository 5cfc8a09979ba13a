namespace Assistant.Understanding.Entities;

/// <summary>
/// Country names and nationality words in Dutch, English and French (folded), classified as "BE", "EU", "EEA"
/// (Norway, Iceland, Liechtenstein and Switzerland) or "other".
/// </summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> Names = Build(
        ("BE", "belgie belgium belgique belg belgen belgische belgisch belgian belge belges"),
        ("EU", "nederland netherlands holland frankrijk france duitsland germany allemagne luxemburg luxembourg italie italy spanje spain "
            + "espagne portugal polen poland pologne roemenie romania roumanie bulgarije bulgaria bulgarie griekenland greece grece "
            + "oostenrijk austria autriche ierland ireland irlande denemarken denmark danemark zweden sweden suede finland finlande "
            + "tsjechie czechia tchequie slowakije slovakia slovaquie hongarije hungary hongrie kroatie croatia croatie slovenie slovenia "
            + "estland estonia estonie letland latvia lettonie litouwen lithuania lituanie cyprus chypre malta malte "
            + "nederlander nederlandse dutch fransman franse french francais francaise duitser duitse german allemand allemande "
            + "italiaan italiaanse italian italien italienne spanjaard spaanse spanish espagnol espagnole portugees portugese portuguese "
            + "portugais portugaise poolse polish polonais polonaise roemeen roemeense romanian roumain roumaine bulgaar bulgaarse "
            + "bulgarian bulgare griek griekse greek ier ierse irish irlandais luxemburger luxemburgse eu europese european europeen "
            + "europeenne unie ue "
            + "oostenrijker oostenrijkse austrian autrichien autrichienne deen deense danish danois danoise zweed zweedse swedish suedois "
            + "suedoise finse finnish finlandais finlandaise tsjech tsjechische czech tcheque slowaak slowaakse slovak slovaque "
            + "hongaar hongaarse hungarian hongrois hongroise kroaat kroatische croatian croate sloveen sloveense slovenian slovene "
            + "estse estonian estonien estonienne letse latvian letton lettone litouwer litouwse lithuanian lituanien lituanienne "
            + "cyprioot cypriotische cypriot chypriote maltees maltese maltais maltaise luxembourgish luxembourgeois luxembourgeoise "
            + "grecque irlandaise neerlandaise neerlandais hollandais hollandaise"),
        ("EEA", "noorwegen norway norvege ijsland iceland islande liechtenstein zwitserland switzerland suisse zwitser zwitserse swiss "
            + "noor noorse norwegian norvegien norvegienne eer eea ijslander ijslandse icelandic"),
        ("other", "marokko morocco maroc turkije turkey turquie congo algerije algeria algerie tunesie tunisia tunisie syrie syria "
            + "oekraine ukraine rusland russia russie india inde china chine brazilie brazil bresil engeland england angleterre "
            + "amerika america usa vs afghanistan irak iraq iran kameroen cameroon cameroun senegal nigeria ghana eritrea ethiopie "
            + "ethiopia somalie somalia pakistan filipijnen philippines vietnam colombia colombie peru mexico mexique argentinie "
            + "argentina argentine canada australie australia japan japon egypte egypt libanon lebanon liban albanie albania servie "
            + "serbia serbie bosnie bosnia kosovo macedonie georgie georgia armenie armenia rwanda burundi guinee guinea "
            + "marokkaan marokkaanse moroccan marocain marocaine turk turkse turkish turc turque congolees congolese congolais "
            + "congolaise algerijn algerijnse algerian algerien algerienne tunesier tunesische tunisian tunisien tunisienne syrier "
            + "syrische syrian syrien syrienne oekrainer oekraiense ukrainian ukrainien ukrainienne rus russische russian russe "
            + "indier indiase indian indien indienne chinees chinese chinois chinoise braziliaan braziliaanse brazilian bresilien "
            + "brit britse british britannique amerikaan amerikaanse american americain americaine afghaan afghaanse afghan "
            + "kameroenees cameroonian camerounais camerounaise canadees canadese canadian canadien canadienne australier australische "
            + "australian australien australienne japanner japanse japanese japonais japonaise mexicaan mexicaanse mexican mexicain "
            + "mexicaine argentijn argentijnse argentinian argentin argentine colombiaan colombiaanse colombian colombien colombienne "
            + "peruaan peruaanse peruvian peruvien egyptenaar egyptische egyptian egyptien egyptienne libanees libanese lebanese libanais "
            + "libanaise albanees albanese albanian albanais albanaise serviër servische serbian serbe bosniër bosnische bosnian bosniaque "
            + "kosovaar kosovaarse kosovar georgiër georgische georgian georgien georgienne armeniër armeense armenian armenien armenienne "
            + "rwandees rwandese rwandan rwandais rwandaise burundees burundese burundian burundais guineeër guinese guinean guineen "
            + "guineenne senegalees senegalese senegalais senegalaise nigeriaan nigeriaanse nigerian nigerian ghanees ghanese ghanaian "
            + "ghaneen eritreeër eritrese eritrean erythreen ethiopiër ethiopische ethiopian ethiopien somaliër somalische somali somalien "
            + "pakistaan pakistaanse pakistani pakistanais filipijn filipijnse filipino philippin philippine vietnamees vietnamese "
            + "vietnamien vietnamienne iraniër iraanse iranian iranien iranienne irakees irakese iraqi irakien irakienne afghane "
            + "brits britisch engelsman scottish schots welsh americaine amerikaanse chinese newzealander zealander "
            + "nieuw-zeelander oekraiens oekraiense kameroenese indonesier indonesische indonesian indonesien thai thaise thailandais "
            + "zuid-afrikaan zuid-afrikaanse sud-africain zuid-koreaan korean coreen coreenne macedonier macedonische "
            + "macedonian macedonien moldaviër moldavische moldovan moldave wit-rus belarusian bielorusse"));

    /// <summary>Country words that follow "uit", "from", "de" to name where someone comes from.</summary>
    public static readonly HashSet<string> OriginPrepositions = new(StringComparer.Ordinal)
    {
        "uit", "from", "de", "du", "d'", "van", "afkomstig", "nationaliteit", "nationality", "nationalite", "citizen", "burger",
        "ressortissant", "citoyen", "onderdaan", "staatsburger", "origine", "origin",
    };

    /// <summary>
    /// Dutch nationality adjectives that are also language names ("Frans", "Duits", "Pools"): a nationality only after "ik ben",
    /// never on their own ("ik spreek Frans").
    /// </summary>
    private static readonly Dictionary<string, string> PredicateNames = new(StringComparer.Ordinal)
    {
        ["frans"] = "EU", ["duits"] = "EU", ["nederlands"] = "EU", ["spaans"] = "EU", ["italiaans"] = "EU", ["pools"] = "EU",
        ["grieks"] = "EU", ["zweeds"] = "EU", ["fins"] = "EU", ["deens"] = "EU", ["oostenrijks"] = "EU", ["hongaars"] = "EU",
        ["roemeens"] = "EU", ["bulgaars"] = "EU", ["tsjechisch"] = "EU", ["slowaaks"] = "EU", ["kroatisch"] = "EU", ["sloveens"] = "EU",
        ["ests"] = "EU", ["lets"] = "EU", ["litouws"] = "EU", ["iers"] = "EU", ["luxemburgs"] = "EU", ["maltees"] = "EU", ["cypriotisch"] = "EU",
        ["noors"] = "EEA", ["zwitsers"] = "EEA", ["ijslands"] = "EEA",
        ["engels"] = "other", ["brits"] = "other", ["marokkaans"] = "other", ["turks"] = "other", ["russisch"] = "other", ["oekraiens"] = "other",
        ["chinees"] = "other", ["braziliaans"] = "other", ["amerikaans"] = "other", ["congolees"] = "other", ["algerijns"] = "other",
        ["tunesisch"] = "other", ["syrisch"] = "other", ["indisch"] = "other", ["canadees"] = "other", ["japans"] = "other",
    };

    /// <summary>The class of a nationality adjective that is also a language name ("Frans"), said right after "ik ben"; or null.</summary>
    public static string? ClassifyPredicate(string folded) => PredicateNames.GetValueOrDefault(folded);

    /// <summary>The class of a folded country or nationality word, or null.</summary>
    public static string? Classify(string folded) => Names.GetValueOrDefault(folded);

    /// <summary>True for a country name that can also be an adjective of language ("nederlandse", "franse", "dutch", "french").</summary>
    public static bool IsLanguageAdjective(string folded) => folded is "nederlandse" or "franse" or "duitse" or "engelse" or "dutch"
        or "french" or "german" or "english" or "francais" or "francaise" or "allemand" or "italiaanse" or "spaanse" or "spanish"
        or "italian" or "europese" or "european" or "europeen" or "europeenne" or "unie" or "belgische" or "belgisch" or "belge";

    /// <summary>Ranks a class: a Belgian is more than an EU citizen, who is more than an EEA citizen.</summary>
    public static int Rank(string? nationality) => nationality switch
    {
        "BE" => 4,
        "EU" => 3,
        "EEA" => 2,
        "other" => 1,
        _ => 0,
    };

    private static Dictionary<string, string> Build(params (string Class, string Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cls, words) in groups)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(w, cls);
            }
        }

        return map;
    }
}
