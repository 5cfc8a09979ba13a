namespace Assistant.Understanding.Vacancies;

/// <summary>
/// Everyday English and French names of common public-sector jobs that take two words where the Dutch title takes one
/// compound or a fixed pair ("assistant social" → "maatschappelijk werker", "customs officer" → "douanier", "lock keeper"
/// → "sluiswachter"). Read as one unit, so that the words alone ("assistant", "officer") do not name another vacancy
/// whose title shares them. Job kinds only, never a title or an employer's name of one vacancy.
/// </summary>
internal static class JobPhrases
{
    private static readonly Dictionary<string, string[]> Map = Build(
        "maatschappelijk werker: assistant social|assistante sociale|assistants sociaux|assistantes sociales|travailleur social|travailleuse sociale|travailleurs sociaux|social worker|social workers|social assistant",
        "douanier: customs officer|customs officers|customs agent|customs agents|customs inspector|agent des douanes|agent douanier|agente des douanes",
        "sluiswachter: lock keeper|lock keepers|lockkeeper|lock guard|gardien d ecluse|eclusier",
        "boswachter: forest ranger|forest rangers|forest warden|garde forestier|garde forestiere|gardes forestiers",
        "zorgkundige: nursing aide|nursing aides|nursing assistant|care assistant|aide soignant|aide soignante|aides soignants",
        "jeugdwerker: youth worker|youth workers|animateur jeunesse",
        "straathoekwerker: street worker|street workers|streetworker|travailleur de rue",
        "buschauffeur: bus driver|bus drivers|chauffeur de bus|conducteur de bus",
        "vrachtwagenchauffeur: truck driver|truck drivers|lorry driver|chauffeur poids lourd|chauffeur de camion",
        "treinbegeleider: train attendant|train attendants|train conductor|accompagnateur de train|accompagnatrice de train",
        "kinderbegeleider: childcare worker|child care worker|nursery nurse|puericultrice|puericulteur",
        "dierenverzorger: animal keeper|animal carer|animal caretaker|soigneur animalier|soigneuse animaliere",
        "brandweerman: fire fighter|fire fighters|firefighter|sapeur pompier",
        "vertaler: translator|traducteur|traductrice",
        "gemeenschapswacht: community warden|street warden|gardien de la paix|gardienne de la paix");

    /// <summary>The Dutch job words the folded words <paramref name="first"/> and <paramref name="second"/> name together; null when none.</summary>
    public static string[]? Dutch(string first, string second) => Map.GetValueOrDefault(first + " " + second);

    /// <summary>The Dutch job words a single folded word of the table names ("eclusier", "translator"); null when none.</summary>
    public static string[]? Dutch(string single) => Map.GetValueOrDefault(single);

    /// <summary>The small words between a phrase's words ("agent des douanes", "gardien de la paix"), skipped when matching.</summary>
    public static bool IsLink(string folded) => folded is "de" or "des" or "du" or "d" or "la" or "le" or "l" or "of" or "the" or "van" or "het";

    private static Dictionary<string, string[]> Build(params string[] lines)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var dutch = line[..colon].Split(' ');
            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                map[string.Join(' ', phrase.Split(' ').Where(w => !IsLink(w)))] = dutch;
            }
        }

        return map;
    }
}
