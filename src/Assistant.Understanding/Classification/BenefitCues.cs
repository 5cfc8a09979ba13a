using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about benefits, and which benefit is named (the aspect).</summary>
internal static partial class BenefitCues
{
    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("holiday-pay", HolidayPay()),
        ("year-end-bonus", YearEndBonus()),
        ("eco-vouchers", EcoVouchers()),
        ("meal-vouchers", MealVouchers()),
        ("hospitalisation", Hospitalisation()),
        ("bike", Bike()),
        ("commute", Commute()),
        ("telework", Telework()),
        ("pension", Pension()),
        ("leave-days", LeaveDays()),
        ("training", Training()),
    ];

    /// <summary>
    /// The kind of the extra pay for inconvenient hours or duties (nights, weekends, shifts, on call): an aspect of a benefits
    /// question and a kind of document line, but no evidence for the benefits intent of its own (a salary question may name it).
    /// </summary>
    public const string InconvenientHoursKind = "inconvenient-hours";

    /// <summary>Whether the (folded) text names the benefit <paramref name="kind"/> ("maaltijdcheques" for meal-vouchers).</summary>
    public static bool Names(string kind, string text) =>
        kind == InconvenientHoursKind ? InconvenientHours().IsMatch(text) : Kinds.Any(k => k.Kind == kind && k.Pattern.IsMatch(text));

    /// <summary>The benefit kind a benefits question asks about: a named benefit, else the extra pay for inconvenient hours, else null.</summary>
    public static string? Aspect(string text) => Kind(text) ?? (InconvenientHours().IsMatch(text) ? InconvenientHoursKind : null);

    /// <summary>
    /// Nights, weekends, shifts or on-call duty near an allowance word, in either order ("toeslag voor nachtprestaties", "35%
    /// extra voor zondagswerk", "weekendtoeslag", "extra for night shifts", "prime de nuit"), in a question or a document line.
    /// </summary>
    [GeneratedRegex(
        @"\b\w*(nacht|weekend|zondag|zaterdag|feestdag|avond|ploegen|ploeg|wacht|permanentie|onregelmatig)\w*(toeslag|premie|toelage|vergoeding)\w*"
        + @"|\b(toeslag|premie|toelage|vergoeding|extra|supplement|bonus|allowance|premium|prime|majoration|meer)\w*\b.{0,60}\b\w*(nacht|weekend|zondag|zaterdag|zon en feestdag|feestdag|avond|ploeg|wacht|permanentie|onregelmatig|night|sunday|saturday|evening|shift|on call|standby|nuit|dimanche|samedi|soir|garde)\w*"
        + @"|\b\w*(nacht|weekend|zondag|feestdag|avond|ploeg|wacht|permanentie|night|sunday|evening|shift|on call|nuit|dimanche|garde)\w*\b.{0,30}\b(toeslag|premie|toelage|vergoeding|extra|supplement|bonus|allowance|premium|prime|majoration)\w*"
        // Early shifts: "premie voor vroege diensten", "prime pour le service du matin", "early shift allowance".
        + @"|\b(toeslag|premie|toelage|vergoeding|supplement|bonus|allowance|premium|prime|majoration)\w*\b.{0,60}\b(vroege? (dienst|diensten|shift|start|ploeg)|ochtenddienst|early (shift|start)|morning shift|(service|equipe|poste) du matin)\b"
        // A line of a list under "toeslagen voor onregelmatige prestaties:" names only the hours and the rate: "nachtprestaties: + 35 % per uur".
        + @"|\b\w*(nacht|weekend|zondag|zaterdag|feestdag|avond|ploegen|wacht|permanentie|onregelmatig)\w*\b[^.;]{0,40}(\+ ?\d+([,.]\d+)? ?%|\d+([,.]\d+)? ?% (extra|per uur|van het uurloon|op het uurloon))",
        RegexOptions.CultureInvariant)]
    private static partial Regex InconvenientHours();

    /// <summary>The benefit kind the text names, or null.</summary>
    public static string? Kind(string text)
    {
        foreach (var (kind, pattern) in Kinds)
        {
            if (pattern.IsMatch(text))
            {
                return kind;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"\bvoordel|\bextralegale|\bextra legale|\bwat bieden (jullie|ze|zij|u)\b"
        + @"|\bwat krijg ik (nog )?(erbij|extra)\b|\barbeidsvoorwaarden|\bloonpakket|\bverloningspakket"
        + @"|\bbenefits?\b|\bperks\b|\bfringe|\bwhat do (you|they) offer\b|\bavantages?\b|\bqu' offrez"
        + @"|\bbovenop (het|mijn|je) loon\b|\bextra( 's|s)\b|\bin natura\b|\bgsm\b|\blaptop|\bsmartphone"
        + @"|\bbedrijfswagen|\bcompany car\b|\bvoiture de (societe|service)\b|\bwagen van het werk\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex General();

    /// <summary>
    /// A (folded) word for the benefits as a whole ("voordelen", "extralegale", "arbeidsvoorwaarden", "perks", "avantages"),
    /// never for one benefit: a document that lists its benefits under another heading ("Wat wij bieden", "Verloning")
    /// still answers a question that uses it.
    /// </summary>
    public static bool IsWordForAll(string word) => WordForAll().IsMatch(word);

    [GeneratedRegex(@"^(?:voordel\w*|extralegal\w*|extra|extras|arbeidsvoorwaarden|loonpakket|verloningspakket|voorwaarden|benefits?|perks|avantages?|pakket)$", RegexOptions.CultureInvariant)]
    private static partial Regex WordForAll();

    /// <summary>
    /// What comes on top of the pay: "wat krijg je naast je loon", "what else do you offer", "besides the salary", "en plus du
    /// salaire". Strong enough to beat the salary words these questions contain.
    /// </summary>
    [GeneratedRegex(
        @"\b(naast|buiten|behalve|bovenop|boven op) (het|mijn|m n|je|jouw|uw|de|dat|een) (loon|salaris|wedde|brutoloon|verloning)\b"
        + @"|\bwat (krijg|krijgt|heb|hebt|bieden|biedt|geven|geeft) (je|ik|jullie|ze|zij|u|men|we|wij) (er )?(allemaal|nog|nog meer|verder|daarnaast|extra)\b|\bwat (nog|nog meer|verder|daarnaast) (aan )?(voordelen|extra s)\b"
        + @"|\b(besides|apart from|on top of|in addition to|other than) (the|my|your|a) (salary|pay|wage)\b|\bwhat else (do|does|can|will|would)\b|\bwhat (else )?(do|does) (you|they|the \w+) (offer|give)\b"
        + @"|\ben (plus|dehors) du salaire\b|\bqu' (est ce que )?(vous offrez|offrez vous|offre)\b|\bquoi d' autre\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex OnTopOfPay();

    /// <summary>
    /// A premium, bonus or allowance asked about ("krijg ik een premie omdat ik tweetalig ben", "is there a signing bonus",
    /// "y a-t-il une prime de bilinguisme"): a benefits question whose answer is the benefit of those words, or none.
    /// </summary>
    [GeneratedRegex(
        @"\b(krijg|krijgt|ontvang|ontvangt|is er|zijn er|bestaat er|heb ik recht op|hebt je recht op|recht op) (ik |je |men )?(een |nog een |ook een |extra )?\w*(premie|toelage|toeslag)s?\b"
        + @"|\b(is there|do i get|will i get|do you get|do they pay) (an? |any )?(\w+ )?(bonus|allowance|premium|supplement)\b"
        + @"|\b(y a t il|il y a|ai je droit a|est ce qu' il y a|je recois|recoit on) (une |des )?(prime|indemnite|allocation)s?\b"
        // "Hoeveel is de tweetaligheidspremie?", "how much is the shift allowance?", "combien est la prime de …": the amount of a named premium.
        + @"|\b(hoeveel (is|bedraagt|krijg je voor)|hoe hoog is|wat is) (de |het |een )?\w+(premie|toelage|toeslag)\b"
        + @"|\bhow (much|high) is (the |a )?(\w+ )?(bonus|allowance|premium)\b|\bcombien (est|fait|vaut) (la |une )?prime\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex PremiumAsked();

    /// <summary>
    /// A premium, allowance or bonus named by its own word, however the question is put ("hoeveel is de
    /// tweetaligheidspremie", "il y a une prime pour la permanence", "what is the shift allowance"): a Dutch compound on
    /// -premie, -toelage, -toeslag or -vergoeding, or the French and English words.
    /// </summary>
    [GeneratedRegex(
        @"\b\w{3,}(premie|toelage|toeslag|vergoeding)s?\b|\b(premie|toelage|toeslag)s?\b"
        + @"|\bprimes?\b|\bindemnites?\b|\bbonus\b|\ballowances?\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex PremiumNamed();

    /// <summary>
    /// Extra pay for inconvenient hours or duties ("hoeveel extra krijg ik voor nachtdiensten", "krijg je iets extra voor de
    /// wachtdienst", "is there extra pay for weekend work", "un supplément pour le travail de nuit"): the allowance the
    /// employer pays for them, a benefit, whatever word the document uses for it. Asked as what one earns or is paid
    /// ("betalen jullie extra voor nachtwerk") it stays a question about the pay.
    /// </summary>
    [GeneratedRegex(
        @"^(?!.*\b(betalen|betaalt|betaal|verdien\w*|earn\w*|paid|paies?|payez|gagne\w*)\b).*\bextra\b.{0,30}\b(voor|bij|tijdens|op|for|on|during)\b.{0,15}\b(\w*nacht\w*|\w*weekend\w*|zon\w*dag\w*|zaterdag\w*|feestdag\w*|avond\w*|ploeg\w*|wacht\w*|permanentie\w*|night\w*|sunday\w*|saturday\w*|evening\w*|shifts?|on call|standby|holidays?)\b"
        + @"|\b(supplement|majoration|prime|extra)s? (pour|de|du|le)\b.{0,20}\b(nuit|week end|dimanche|samedi|soir|garde|permanence)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex ExtraForHours();

    /// <summary>
    /// Besides one benefit, the question asks for the others too: "en wat nog?", "welke (andere) voordelen", "wat zijn de
    /// voordelen", "extralegale voordelen", "quels avantages", "what else", "and what other benefits".
    /// </summary>
    [GeneratedRegex(
        @"\b(en )?wat (nog|nog meer|verder|nog allemaal|krijg ik nog|is er nog)\b|\bwelke (andere )?(voordelen|extralegale)\b|\b(andere|extralegale) voordelen\b|\bwat zijn de voordelen\b"
        + @"|\bquels (autres )?avantages\b|\b(d' )?autres avantages\b|\bet quoi d' autre\b"
        + @"|\bwhat else\b|\b(what|which) (other )?benefits\b|\bother benefits\b|\band what more\b"
        // "what are the perks … ? meal vouchers?", "welke extra's zijn er, ook maaltijdcheques?", "quels sont les avantages … ?"
        + @"|\b(what|which) (are|is) (the|your|their) (\w+ )?(perks|benefits|extras|fringe benefits)\b|\b(what|which|any) (other )?(perks|extras)\b"
        + @"|\bwelke (andere )?(extra' ?s|extras)\b|\bwat zijn de (extra' ?s|extras|extralegale voordelen)\b|\bquels sont (les|vos) (autres )?avantages\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex AllAskedToo();

    /// <summary>Every benefit kind the (folded) text names, in the order of <see cref="Kinds"/>.</summary>
    public static IReadOnlyList<string> KindsNamed(string text) => Kinds.Where(k => k.Pattern.IsMatch(text)).Select(k => k.Kind).ToList();

    /// <summary>"Does X pay for a course", "betaalt de stad mijn abonnement": the employer paying for a thing, not the salary.</summary>
    [GeneratedRegex(
        @"\b(pay|pays|paid|reimburse\w*|cover) (for )?(a|an|the|my|your)\b|\b(betaalt|betalen|vergoedt|vergoeden|terugbetaal\w*) (ze |zij |jullie |u |de \w+ |het \w+ )?(een|mijn|de|het|je|jouw)\b"
        + @"|\b(paie|paye|payer|rembourse\w*|prend(re)? en charge) (un|une|le|la|les|mon|ma|mes|des)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex PaysFor();

    [GeneratedRegex(
        @"\bmaaltijd ?(cheque|bon|check)|\bmeal ?vouchers?\b|\blunch ?vouchers?\b|\bcheques? repas\b"
        + @"|\btitres? repas\b|\btickets? restaurant\b|\bmaaltijden\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MealVouchers();

    [GeneratedRegex(
        @"\bvakantiegeld|\bholiday (pay|allowance|bonus)\b|\bvacation (pay|allowance|bonus)\b"
        + @"|\bpecule de vacances\b|\bdubbel vakantiegeld",
        RegexOptions.CultureInvariant)]
    private static partial Regex HolidayPay();

    [GeneratedRegex(
        @"\beindejaars|\bdertiende maand\b|\b13(de|e|th|eme) (maand|month|mois)\b"
        + @"|\byear ?end (bonus|premium)\b|\bend of year bonus\b|\bprime de fin d' annee\b|\btreizieme mois\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearEndBonus();

    [GeneratedRegex(@"\beco ?cheque|\beco ?vouchers?\b|\beco ?checks?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EcoVouchers();

    [GeneratedRegex(
        @"\bvakantiedag|\bverlofdag|\bverlof\b|\bvakantie\b|\bvrije dagen\b|\bfeestdagen\b|\bholidays?\b"
        + @"|\bleave days?\b|\bdays off\b|\bannual leave\b|\bpaid leave\b|\bvacation( days)?\b|\bdays of leave\b"
        + @"|\bconges?\b|\bjours de (conge|vacances)\b|\bvacances\b|\bverlofregeling",
        RegexOptions.CultureInvariant)]
    private static partial Regex LeaveDays();

    [GeneratedRegex(
        @"\bhospitalisatie|\bziekteverzekering|\bziekenhuisverzekering|\bhealth insurance\b"
        + @"|\bhospitali[sz]ation|\bmedical insurance\b|\bassurance (hospitalisation|soins|sante)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Hospitalisation();

    [GeneratedRegex(@"\bfiets|\bbikes?\b|\bbicycle|\bcycling\b|\bvelo\b|\bindemnite velo\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bike();

    [GeneratedRegex(
        @"\bwoon ?werk|\bwoonwerk|\bverplaatsingsvergoeding|\babonnement|\bopenbaar vervoer\b|\btrein|\bbus\b"
        + @"|\bvervoerskosten|\bkilometervergoeding|\bkm[ -]?vergoeding|\bvergoeding per (gereden )?(km|kilometer)\b|\bmileage\b|\bindemnites? kilometriques?\b|\bfrais kilometriques\b"
        + @"|\bpendel|\bcommut|\bpublic transport\b"
        + @"|\btravel (allowance|costs|expenses)\b|\btransport en commun\b|\bdeplacements?\b"
        + @"|\bdomicile travail\b|\bfrais de transport\b|\btrain\b|\bparkeerplaats|\bmobiliteitsvergoeding",
        RegexOptions.CultureInvariant)]
    private static partial Regex Commute();

    [GeneratedRegex(
        @"\btelewerk|\bthuiswerk|\bthuis (te )?werken\b|\bvan thuis( uit)?\b|\bplaatsonafhankelijk"
        + @"|\bhybride?\b|\bremote\b|\bwork(ing)? from home\b|\bhome ?office\b|\bteletravail\b"
        + @"|\btravail a domicile\b|\bde chez moi\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Telework();

    [GeneratedRegex(@"\bpensioen|\btweede pijler\b|\bgroepsverzekering|\bpension\b|\bretraite\b|\bpension plan\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pension();

    [GeneratedRegex(
        @"\bopleidingen\b|\bopleidingsmogelijkhed|\bopleidingsbudget|\bvorming|\bbijscholing|\bleerkansen\b"
        + @"|\btraining\b|\btrainings\b|\bformations\b|\bformation (continue|professionnelle)"
        + @"|\bpossibilites de formation|\bcursus(sen)?\b|\bcourses\b|\bopleiding (volgen|krijgen|aangeboden)"
        + @"|\bbijleren\b|\bopleidingskansen",
        RegexOptions.CultureInvariant)]
    private static partial Regex Training();
}
