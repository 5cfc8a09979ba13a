namespace Assistant.Understanding.Vacancies;

/// <summary>
/// A bilingual vocabulary of the parts Dutch job titles and employer names are compounded from: an English or French
/// word ("emergency", "urgence") → the Dutch part(s) it stands for ("nood"), so that "emergency planning officer" can
/// cover the parts of a title word such as "noodplanning". Domain words only (job kinds, fields of work, employer kinds),
/// never a title or an employer's name. A word with a one-to-one cognate stays in <see cref="Cognates"/>; this table
/// is for the parts of compounds, and a word may stand for several parts.
/// </summary>
internal static class JobWords
{
    private static readonly Dictionary<string, string[]> Map = Build(
        "nood: emergency emergencies urgence urgences",
        "planning: planning planification",
        "ramp: disaster disasters catastrophe catastrophes",
        "woon: housing logement logements residential",
        "huisvesting: housing logement",
        "consulent: consultant consultante counsellor counselor conseiller conseillere",
        "dossier: file files dossier dossiers",
        "behandelaar: handler handlers officer processor gestionnaire gestionnaires",
        "beheerder: manager gestionnaire administrator",
        "subsidie: subsidy subsidies grant grants subside subsides prime primes",
        "fiets: bike bicycle bicycles cycling velo velos",
        "verpleegkundige: nurse nurses infirmier infirmiere infirmiers",
        "geriatrie: geriatric geriatrics geriatrie geriatrique elderly",
        "zorg: care soins soin nursing",
        "zorgkundige: caregiver caregivers carer carers soignant soignante",
        "nacht: night nights nuit nuits",
        "dag: day jour",
        "container: container containers conteneur conteneurs",
        "chauffeur: driver drivers chauffeur conducteur conductrice",
        "vrachtwagen: truck trucks lorry camion camions",
        "afval: waste dechets dechet refuse garbage",
        "park: park parc",
        "stedenbouw: urban urbanism urbanisme planning",
        "stedenbouwkundige: urbanist urbaniste planner",
        "omgeving: environment environnement",
        "vergunning: permit permits",
        "brandweer: fire firefighter firefighters pompier pompiers incendie",
        "hulpverlening: rescue emergency secours",
        "politie: police",
        "zone: zone zones",
        "ziekenhuis: hospital hopital",
        "woonzorgcentrum: nursing retirement maison repos",
        "kinder: child children childcare enfant enfants enfance",
        "begeleider: supervisor carer accompagnateur accompagnatrice educateur educatrice attendant attendants",
        "opvang: childcare",
        "bibliotheek: library bibliotheque",
        "magazijn: warehouse stock entrepot magasin",
        "magazijnier: warehouseman storekeeper magasinier",
        "logistiek: logistics logistique logistic",
        "schuld: debt debts dette dettes",
        "werker: worker workers travailleur travailleuse",
        // An "administratief medewerker" is an administrative assistant or clerk in English; the cognate "assistent" stays the better match.
        "medewerker: assistant assistants clerk clerks",
        "wegen: road roads routes voirie",
        "riolering: sewer sewers sewerage egout egouts",
        "ploegbaas: foreman supervisor contremaitre",
        "groen: green greenery parks espaces verts",
        "tuin: garden gardens jardin jardins",
        "tuinier: gardener gardeners jardinier jardiniere",
        "schoonmaak: cleaning nettoyage",
        "onderhoud: maintenance entretien",
        "klusjes: handyman",
        "sluis: lock locks ecluse ecluses",
        "kanaal: canal canals canaux",
        "water: water eau eaux",
        "dijk: dike dikes dyke digue digues",
        "erfgoed: heritage patrimoine",
        "gebouw: building buildings batiment batiments",
        "team: team equipe",
        "coordinator: coordinator coordinateur coordinatrice",
        "programma: programme program programmation",
        "podium: stage performing scene",
        "kunst: arts art",
        "cultuur: culture cultural culturel culturelle",
        "jeugd: youth jeunesse",
        "sport: sport sports",
        "boekhoud: accounting comptabilite",
        "personeel: personnel staff hr",
        "loon: payroll",
        "ict: ict informatique",
        "student: student students etudiant etudiants",
        // Everyday English and French names of common public-sector jobs and services: "the lifeguard job", "lab technician",
        // "the pension file manager", "cook at the service centre".
        "redder: lifeguard lifeguards sauveteur sauveteurs",
        "labo: lab labs laboratory laboratories laboratoire laboratoires",
        "laboratorium: lab laboratory laboratoire",
        "technicus: tech techs technician technicians technicien technicienne techniciens",
        "pensioen: pension pensions retraite",
        "trein: train trains",
        "kok: cook cooks cuisinier cuisiniere",
        "keuken: kitchen cuisine",
        "leraar: teacher teachers enseignant enseignante professeur",
        "onderwijzer: teacher instituteur institutrice",
        "psycholoog: psychologist psychologue",
        "schoonmaker: cleaner cleaners nettoyeur",
        "mechanieker: mechanic mechanics mecanicien",
        "elektricien: electrician electricien",
        "arbeider: labourer laborer ouvrier ouvriere",
        "archivaris: archivist archiviste",
        // Customs, the army, forests and guards in everyday words: "the customs job", "stay in the army", "garde forestier".
        "douane: customs douanes",
        "douanier: customs douaniers",
        "defensie: army armee military militaire defence defense armed",
        "militair: army armee military militaire soldier soldiers soldat soldats kazerne kazernes barracks caserne casernes",
        "bos: forest forests foret forets woods bois",
        "wachter: keeper keepers warden wardens guard guards gardien gardienne gardiens",
        "vertaling: translation translations traduction traductions translating",
        "vertaler: translator translators traducteur traductrice traducteurs",
        // A prison's staff in everyday words: "the prison job", "als cipier", "gardien de prison".
        "penitentiair: prison prisons penitentiary penitentiaire cipier cipiers gevangenis gevangenissen gevangenisbewaker gevangenisbewaarder");

    /// <summary>The Dutch parts a folded English or French (or Dutch) word stands for; empty when it has none.</summary>
    public static IReadOnlyList<string> Parts(string folded) => Map.TryGetValue(folded, out var parts) ? parts : [];

    private static Dictionary<string, string[]> Build(params string[] lines)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var dutch = line[..colon];
            foreach (var w in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(dutch))
            {
                if (!map.TryGetValue(w, out var list))
                {
                    list = [];
                    map[w] = list;
                }

                if (!list.Contains(dutch))
                {
                    list.Add(dutch);
                }
            }
        }

        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
