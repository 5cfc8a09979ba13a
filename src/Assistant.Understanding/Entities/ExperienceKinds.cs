using System.Text.RegularExpressions;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Words that give a kind to experience: self-employed, private, public, leadership, relevant (in that priority),
/// and words that show a phrase is about experience at all.
/// </summary>
internal static partial class ExperienceKinds
{
    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("self-employed", SelfEmployed()),
        ("private", Private()),
        ("public", Public()),
        ("leadership", Leadership()),
        ("relevant", Relevant()),
    ];

    /// <summary>The kind named in <paramref name="window"/> (folded words with spaces around), or null.</summary>
    public static string? Find(string window)
    {
        foreach (var (kind, pattern) in Kinds)
        {
            if (pattern.IsMatch(window))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The candidate speaks of their own work or experience ("ik heb ervaring als kok", "I worked as a legal adviser", "j'ai
    /// travaillé comme secrétaire"), not of what the job asks ("is ervaring nodig?", "do I need experience?").
    /// </summary>
    public static bool SpeaksOfOwnWork(string text) => OwnWork().IsMatch(text) && !ExperienceAsked().IsMatch(text);

    [GeneratedRegex(@" (ik|i|je|j ' ?|j) (heb|had|have|has|ai|avais)\b(?: \S+){0,6}? (ervaring|werkervaring|experience) | (ik|i|je|j) (werk|werkte|work|worked|am working|travaille|travaillais)\b(?: \S+){0,4}? (als|as|comme|bij|at|chez|voor|for|pour) |\b(mijn|my|mon|ma) (ervaring|werkervaring|experience|loopbaan|career|carriere)\b|\b(gewerkt|worked|travaille) (als|as|comme|bij|at|chez|voor|for|pour)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWork();

    [GeneratedRegex(@"\b(nodig|vereist|verplicht|gevraagd|required|needed|need|necessary|necessaire|exige\w*|faut|requis\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExperienceAsked();

    /// <summary>True for a kind that is a sector or a role (it shows experience even without the word "ervaring").</summary>
    public static bool IsStrong(string? kind) => kind is "self-employed" or "private" or "public" or "leadership";

    [GeneratedRegex(
        @"\bzelfstandig\w*|\bfreelance\w*|\beigen (zaak|bedrijf|onderneming)\b|\bzaakvoerder|\bondernemer\b"
        + @"|\bself ?employed\b|\bindependent\b|\bindependant\w*|\bauto ?entrepreneur|\bbijberoep",
        RegexOptions.CultureInvariant)]
    private static partial Regex SelfEmployed();

    [GeneratedRegex(
        @"\bprive\w*|\bprivate\b|\bprivee\b|\bbedrijfsleven\b|\bcommerciele sector\b|\bsecteur prive"
        + @"|\bentreprise|\bprivate sector\b|\b\w*(?<!gemeente|overheids|stads|nuts)bedrij(?:f|ven)\b|\bcompany\b|\bcompanies\b|\bfirma\b"
        + @"|\bkmo\b|\bmultinational\w*|\bnon ?profit\b|\bvzw\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Private();

    [GeneratedRegex(
        @"\boverheid\w*|\bopenbare (sector|dienst|besturen)\b|\bpublieke sector\b|\bpublic sector\b"
        + @"|\bsecteur public\b|\bfonction publique\b|\badministration publique\b|\bgovernment\b"
        + @"|\bcivil service\b|\bgemeente\w*|\bocmw\b|\blokaa?le? bestu\w*|\bstadsbestuur|\bstad\b|\bprovincie\b"
        + @"|\bfederale\b|\bservice public\b|\bambtenaar|\bstatutair|\bpublic administration\b|\bcommune\b"
        + @"|\bcity council\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Public();

    [GeneratedRegex(
        @"\bleidinggevend\w*|\bleiding (gegeven|geven|gaf|gegeven aan)\b|\bpeople manager|\bleadership\b"
        + @"|\bmanagerial\b|\bmanagement ?ervaring|\bteamleider|\bteamverantwoordelijke|\bdiensthoofd"
        + @"|\bteamcoach|\bencadrement\b|\bgestion d' equipe|\bdirigeant|\bmanager\b|\bteam ?lead|\bsupervis\w*"
        + @"|\bchef d' equipe|\bcoordinerende\b|\bhead of\b"
        + @"|\b(team|ploeg|dienst|afdeling|groep|equipe)\b[^.]{0,30}\b(geleid|leidde|aangestuurd|stuurde)\b|\b(leidde|leid|stuurde|stuur)\b[^.]{0,25}\b(team|ploeg|dienst|afdeling|groep)\b"
        + @"|\b(gaf|geef|gegeven|gaf ik) leiding\b|\bleiding aan\b|\b(managed|manage|managing|led|lead|leading|supervised) (a |an |the |my |our )?(small |large |big )?(team|teams|staff|people|department|unit|service)\b"
        + @"|\bdirig\w* (une |l' |mon |ma |des |les |un )?(petite |grande )?(equipe|equipes|service|personnel|departement)\b|\bresponsable d' equipe|\bmanager d' equipe"
        + @"|\bmanagement experience\b|\bexperience (de gestion|d' encadrement)\b"
        // A role held that is one of leading a crew: "als ploegbaas", "as a shift leader", "comme contremaître" (not the role applied for:
        // "solliciteren als ploegbaas", "to work as a foreman", "postuler comme chef d'équipe").
        + @"|(?<!\b(solliciteren|solliciteer|kandideren|kandidaat|worden|werken|beginnen|starten|apply|applying|become|to work|start|postuler|candidater|devenir|travailler|commencer) )\b(als|as|comme|ex|voormalig|former|ancien|ancienne) (een |a |an |un |une )?(" + Assistant.Tools.Eligibility.LeadingRoles.Names + @")\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Leadership();

    [GeneratedRegex(
        @"\brelevant\w*|\bpertinent\w*|\bnuttige\b|\bgelijkaardige\b|\bvergelijkbare\b|\bsimilar\b|\brelated\b"
        + @"|\bverwante\b|\bsoortgelijke\b|\bgerelateerde\b|\bdans le domaine\b|\bin het domein\b"
        + @"|\bin the field\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Relevant();

    /// <summary>A word that says the number is about experience or work.</summary>
    [GeneratedRegex(@"^(\w*ervaring\w*|ervaren|experience\w*|experiences|gewerkt|werk|werkte|werkzaam|actief|work|worked|working|travaille|travailler|travaillant|bosse|job|loopbaan|carriere|career|experience|employed|tewerkgesteld|gewerkt)$", RegexOptions.CultureInvariant)]
    public static partial Regex ExperienceWord();

    /// <summary>"geen ervaring", "no experience", "sans expérience": zero years, with the kind in between.</summary>
    [GeneratedRegex(
        @"\b(nog )?(geen|zonder|helemaal geen)\b (?<q>(\w+ ){0,2}?)(werk|beroeps|professionele |werk )?ervaring\b"
        + @"|\bno (?<q>(\w+ ){0,2}?)(work |professional )?experience\b"
        + @"|\bwithout (any )?(?<q>(\w+ ){0,2}?)experience\b|\bnot any (?<q>(\w+ ){0,2}?)experience\b"
        + @"|\bdo not have any (?<q>(\w+ ){0,2}?)experience\b"
        + @"|\b(pas|sans|aucune?) (d' )?(?<q>(\w+ ){0,2}?)experience\b|\bnooit gewerkt\b|\bnever worked\b"
        + @"|\b(nog )?nooit (?<q>(in|bij|als) (de |het |een )?\w+ )gewerkt\b|\bnever worked (?<q>(in|as|at) (the |a |an )?\w+)\b"
        + @"|\bjamais travaille\b"
        // Leading never done: "nooit leiding gegeven", "never managed a team", "jamais dirigé d'équipe" (zero years of leadership).
        + @"|\b(nog )?(nooit|geen) (?<lead>leiding (gegeven|gehad)|leidinggevende? (geweest|gewerkt)|(een |mijn )?(team|ploeg|groep|dienst|afdeling|mensen|medewerkers) (geleid|aangestuurd))\b"
        + @"|\b(never|have not|haven ' ?t|did not|didn ' ?t) (?<lead>(managed|led|supervised|run|lead|manage|supervise) (a |an |the |any |my )?(team|teams|staff|people|crew|department|unit)|been (a |an )?(manager|supervisor|team ?leader|team lead|foreman))\b"
        + @"|\bjamais (?<lead>(dirige|encadre|gere|manage) (une |d' ?|l' ?|des |de |du )?(equipe|personnel|personnes|collaborateurs|service)|ete (chef|responsable|manager))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex NoExperience();
}
