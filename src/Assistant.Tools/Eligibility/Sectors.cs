using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Work sectors and the words (Dutch, English, French stems) that place a job or a domain in them: "als onthaalouder"
/// is work in childcare, "as a bookkeeper" in accounting, "systeembeheerder" in ICT. A required domain of experience
/// ("ervaring in de kinderopvang") and a candidate's description match when they share a sector. General vocabulary of
/// the public-sector job market, not of any one vacancy.
/// </summary>
public static class Sectors
{
    private static readonly (string Sector, string[] Stems)[] Table =
    [
        ("childcare", ["kinderopvang", "kinderdagverblijf", "kinderbegeleid", "kinderverzorg", "kinderzorg", "onthaalouder", "onthaalmoeder", "creche", "childcare", "child care", "childminder", "nanny", "babysit", "peuter", "puericult", "garderie", "assistante maternelle", "accueillante", "buitenschoolse opvang",
            "kinderen", "children", "enfants", "speelplein", "jeugdbeweging", "scouts", "scout leader", "chiro", "kinderkamp", "vakantiekamp", "summer camp", "colonie de vacances", "jeugdleider"]),
        ("ict", ["ict", "informatic", "informatique", "systeembeheer", "netwerkbeheer", "netwerk", "helpdesk", "servicedesk", "programmeur", "programmer", "programming", "developer", "ontwikkelaar", "software", "sysadmin", "system admin", "systems admin", "it-", "it support", "computer", "applicatiebeheer", "cloud", "devops", "webdevelop"]),
        ("accounting", ["boekhoud", "bookkeep", "accountan", "accounting", "comptab", "fiscal", "facturatie", "invoic", "loonadministratie", "payroll", "financ", "audit"]),
        ("welfare", ["schuldbemiddel", "schuldhulp", "budgetbegeleid", "budgetbeheer", "debt counsel", "mediation de dettes", "welzijn", "sociaal werk", "pedagog", "sociale en technische", "social work", "maatschappelijk werk", "jeugdwerk", "jeugdhulp", "jeugdwelzijn", "youth work", "travail social", "hulpverlen", "orthopedagog", "opvoeder", "educateur", "caw"]),
        ("care", ["verpleeg", "thuisverpleg", "nurse", "nursing", "infirmi", "zorgkundig", "verzorgende", "verzorging", "zorg", "gezondheid", "ouderenzorg", "gehandicaptenzorg", "ziekenhuis", "hospital", "hopital", "woonzorg", "thuiszorg", "home care", "aide-soignant"]),
        ("education", ["onderwijs", "leerkracht", "leraar", "lerares", "teacher", "teaching", "enseignant", "enseignement", "instituteur", "institutrice", "docent"]),
        ("green", ["groenbeheer", "groendienst", "groenvoorziening", "groenonderhoud", "groenaannem", "groenzorg", "boomkweker", "bosbeheer", "bosarbeid", "bosbouw", "natuurbeheer", "terreinbeheer", "terreinonderhoud", "forestry", "forester", "forestier", "espaces verts", "sylvicult", "tuinbouw", "tuinier", "hovenier", "gardener", "gardening", "jardin", "plantsoen", "parkbeheer", "boomverzorg", "landscap"]),
        ("technical", ["elektromecan", "elektromechan", "elektricien", "electrician", "electricien", "mecanicien", "mechanic", "monteur", "onderhoudstechn", "technieker", "technician", "technicien", "maintenance",
            "elektriciteit", "electricity", "electricite", "elektrotechn", "mechanica", "industriele automatisering", "industrial automation", "automatisering", "technische richting", "technical field"]),
        ("business", ["handel", "handelswetenschap", "handelsingenieur", "bedrijfsbeheer", "bedrijfsmanagement", "bedrijfskunde", "bedrijfseconomie", "business", "commerce", "commercial", "commercieel", "economie", "economics", "economist", "kmo-management", "office management"]),
        ("laboratory", ["labo", "laborat", "laborant", "analyselabo", "labomedewerker", "laboassistent", "labo-assistent", "labocoordinat", "laboverantwoordelijk", "labotechn", "lab technician", "lab assistant", "lab manager", "laboratory", "laboratoire", "biotechn", "klinische biologie", "medische beeldvorming"]),
        ("public-contact", ["publiekscontact", "klantencontact", "klantcontact", "contact met het publiek", "contact met burgers", "onthaalbed", "onthaalmed", "onthaalbalie", "onthaaldienst", "loket", "balie", "receptie", "klantendienst", "customer service", "customer contact", "public contact",
            "dealing with the public", "front desk", "reception", "accueil du public", "guichet", "contact avec le public", "service client", "callcenter", "call center", "winkelbediende", "verkoper", "verkoopster", "kassier", "cashier", "caissier", "caissiere",
            "kelner", "serveerster", "waiter", "waitress", "serveur", "serveuse", "steward", "stewardess", "gastvrouw", "gastheer", "host", "hostess", "hotesse"]),
        ("plumbing", ["sanitair", "sanitary", "loodgiet", "plumb", "plombier", "plomberie", "chauffagist", "chauffagiste", "verwarmingsinstall", "verwarmingstechn", "centrale verwarming", "heating engineer", "heating install", "chauffage central", "hvac"]),
        ("roads", ["wegenbouw", "wegenwerk", "wegwerk", "riolering", "rioolwerk", "stratenmak", "straatwerk", "straatmak", "kasseilegger", "asfalt", "grondwerk", "road construction", "road works", "roadwork", "road crew", "paving", "sewer", "voirie", "egouttage", "terrassement"]),
        ("transport", ["chauffeur", "vrachtwagen", "truck", "lorry", "camion", "buschauffeur", "bestuurder", "driver"]),
        ("administration", ["administratie", "administratief", "administrative", "administratif", "secretariaat", "secretar", "receptionist", "onthaalbediende", "onthaalmedewerker", "klantendienst", "loketmedewerker", "loketbediende",
            "bediende", "kantoorbediende", "kantoormedewerker", "bediende op een kantoor", "office clerk", "office work", "clerk", "employe de bureau", "employee de bureau", "dossierbehandel"]),
        ("personnel", ["personeelsbeleid", "personeelsadministratie", "personeelsdienst", "personeelszaken", "personeelswerk", "personeelsconsulent", "personeelsdeskundig", "deskundige personeel", "dienst personeel",
            "hr", "hrm", "hr-", "human resource", "ressources humaines", "rekrutering", "recruit", "recrutement", "sociaal secretariaat", "secretariat social", "loonadministratie", "payroll"]),
        ("participation", ["participatie", "burgerparticipatie", "bewonersparticipatie", "inspraak", "participation citoyenne", "citizen participation", "public participation", "buurtwerk", "opbouwwerk", "samenlevingsopbouw"]),
        ("planning", ["omgevingsvergunning", "stedenbouw", "ruimtelijke ordening", "ruimtelijke planning", "urban planning", "urbanisme", "bouwaanvra", "architect"]),
        ("communication", ["communicatie", "communication", "marketing", "persrelaties", "social media", "sociale media", "redacteur", "journalist"]),
        ("legal", ["juridisch", "jurist", "juriste", "rechtskund", "advocaat", "lawyer", "legal", "avocat", "notari"]),
        ("retail", ["verkoop", "sales", "kassier", "kassa", "cashier", "caissier", "caissiere", "winkelbediende", "verkoper", "verkoopster", "vakkenvuller", "supermarkt", "supermarket", "supermarche", "retail", "shop assistant", "vendeur", "vendeuse"]),
        ("hospitality", ["horeca", "kelner", "ober", "serveerster", "waiter", "waitress", "serveur", "serveuse", "barman", "barista", "kok", "keukenhulp", "cook", "chef", "cuisinier", "restaurant", "hotel"]),
        ("stage", ["podium", "licht", "geluid", "theater", "festival", "cultuursector", "cultuurhuis", "evenementensector", "eventmanagement", "eventorganisat", "theatre", "schouwburg", "cultuurcentrum", "evenement", "events", "concert", "lighting", "sound", "eclairag", "regisseur", "sonorisation", "spectacle", "scene"]),
        ("heritage", ["erfgoed", "heritage", "patrimoine", "monumentenzorg", "monument", "restaura", "museum", "musea", "musee", "archeolog", "archaeolog"]),
        ("library", ["bibliothe", "library", "librar", "archief", "archive", "archiv"]),
        ("emergency", ["noodplan", "noodsituat", "crisisbeheer", "crisismanagement", "crisiscommunicatie", "crisis management", "crisiscel", "gestion de crise", "gestion des crises", "cellule de crise",
            "rampenplan", "rampenbestrijding", "emergency planning", "emergency management", "planification d'urgence", "civiele veiligheid", "civiele bescherming", "civil protection", "protection civile",
            "risicobeheer", "risicomanagement", "risk management", "gestion des risques", "brandweer", "firefight", "pompier", "hulpverleningszone"]),
    ];

    /// <summary>The sectors <paramref name="text"/> names (empty when none).</summary>
    public static IReadOnlySet<string> Of(string? text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var folded = " " + TextFold.Fold(text, ":,;()./") + " ";
        foreach (var (sector, stems) in Table)
        {
            if (stems.Any(s => Contains(folded, s)))
            {
                result.Add(sector);
            }
        }

        return result;
    }

    /// <summary>True when both texts name a common sector.</summary>
    public static bool Share(string? a, string? b) => Of(a).Overlaps(Of(b));

    /// <summary>A stem matches at the start of a word ("kinderopvangsector"); a short one (up to 4 letters: "ict") only as a whole word.</summary>
    private static bool Contains(string folded, string stem)
    {
        for (var at = folded.IndexOf(" " + stem, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(" " + stem, at + 1, StringComparison.Ordinal))
        {
            if (stem.Length >= 5 || !char.IsLetter(folded[at + 1 + stem.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
