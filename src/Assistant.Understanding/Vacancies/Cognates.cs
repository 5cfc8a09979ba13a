namespace Assistant.Understanding.Vacancies;

/// <summary>
/// Common nouns and adjectives of job titles and employers with their Dutch, English and French forms, mapped to one
/// canonical word ("chambre", "chamber" → "kamer"; "sociaux", "social" → "sociaal"). Never place names.
/// </summary>
internal static class Cognates
{
    private static readonly Dictionary<string, string> Map = Build(
        "sociaal: social sociale sociales sociaux sociaal maatschappelijk maatschappelijke",
        "media: media medias mediaal",
        "kamer: chamber chambre kamer",
        "provincie: province provincie provincial provinciale provinciaal provinciaux",
        "stad: city ville stad stads stedelijk stedelijke",
        "gemeente: municipality commune gemeente municipal municipale gemeentelijk gemeentelijke gemeentebestuur",
        "directeur: director directeur directrice directeurs",
        "assistent: assistant assistante assistent assistente assistants",
        "communicatie: communication communications communicatie communicatief",
        "coordinatie: coordination coordinatie",
        "coordinator: coordinator coordinatrice coordinateur coordinatoren",
        "strategisch: strategic strategique strategisch strategische strategiques",
        "intern: internal interne intern internes",
        "extern: external externe extern externes",
        "organisatie: organisation organization organisatie organisaties organisations",
        "medewerker: collaborateur collaboratrice employee officer medewerker medewerkers medewerkster",
        "deskundige: expert experte deskundige deskundigen experts",
        "adviseur: adviser advisor conseiller conseillere adviseur adviseurs consultant",
        "lokaal: local locale locales locaux lokaal lokale",
        "bestuur: government governments bestuur besturen pouvoir pouvoirs",
        "administratie: administration administratie administratief administratieve administratif administrative",
        "beleid: policy beleid politique politiques",
        "financien: finance finances financien financial financier financiere financieel financiele financiele",
        "personeel: personnel personeel staff",
        "volksvertegenwoordiger: representatives representants volksvertegenwoordigers volksvertegenwoordiger representative",
        "parlement: parliament parlement parliamentary parlementaire",
        "dienst: service services dienst diensten",
        "afdeling: department departement afdeling",
        "project: project projet projects projets projecten",
        "juridisch: legal juridique juridisch juridische",
        "jurist: jurist juriste lawyer juristen",
        "verpleegkundige: nurse infirmier infirmiere verpleegkundige",
        "boekhouder: accountant comptable boekhouder",
        "secretaris: secretary secretaire secretaris",
        "technicus: technician technicians technicien technicienne techniciens technicus technici technieker techniekers",
        "ingenieur: engineer ingenieur",
        "architect: architect architecte",
        "bibliothecaris: librarian bibliothecaire bibliothecaris",
        "leerkracht: teacher enseignant enseignante leerkracht",
        "cultuur: culture cultuur culturel culturele",
        "jeugd: youth jeunesse jeugd",
        "milieu: environment environnement milieu",
        "mobiliteit: mobility mobilite mobiliteit",
        "onderwijs: education onderwijs enseignement",
        "welzijn: welfare welzijn",
        "economie: economy economie economic economique economisch economische",
        "toerisme: tourism tourisme toerisme",
        "erfgoed: heritage patrimoine erfgoed",
        "digitaal: digital numerique digitaal digitale",
        "pers: press presse pers",
        "woordvoerder: spokesperson woordvoerder",
        "informatica: ict informatique informatica",
        "onthaal: reception accueil onthaal",
        "preventie: prevention preventie",
        "veiligheid: safety security securite veiligheid",
        "ruimtelijk: spatial ruimtelijk ruimtelijke",
        "sport: sport sports",
        "schepen: alderman echevin schepen",
        "burgemeester: mayor bourgmestre burgemeester",
        "algemeen: general generale algemeen algemene",
        "senior: senior",
        "hoofd: head chef hoofd",
        // Job and employer words of public-sector vacancies in English and French (facts7): a candidate names the job in their language.
        "sluis: lock locks ecluse ecluses sluis sluizen",
        "operator: operator operateur operatrice operator operatoren",
        "chauffeur: driver drivers chauffeur chauffeurs conducteur",
        "vrachtwagen: truck lorry camion vrachtwagen vrachtwagens",
        "ziekenhuis: hospital hopital ziekenhuis ziekenhuizen",
        "politiezone: police politiezone",
        "consument: consumer consumers consommateur consommateurs consument consumenten",
        "bemiddeling: mediation bemiddeling",
        "bemiddelaar: mediator mediateur mediatrice bemiddelaar",
        "kinderopvang: childcare creche kinderopvang",
        "gebouw: building buildings batiment batiments gebouw gebouwen",
        "onderhoud: maintenance entretien onderhoud",
        "verkeer: traffic circulation verkeer",
        "analist: analyst analyste analist",
        "klimaat: climate climat klimaat",
        "ocmw: ocmw cpas",
        "fod: fod spf");

    /// <summary>The canonical word for <paramref name="folded"/>, or null when it has no cognates.</summary>
    public static string? Canonical(string folded) => Map.GetValueOrDefault(folded);

    /// <summary>True when the word is a cognate (it must never be a stop word).</summary>
    public static bool Contains(string folded) => Map.ContainsKey(folded);

    private static Dictionary<string, string> Build(params string[] lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var canonical = line[..colon];
            map[canonical] = canonical;
            foreach (var w in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[w] = canonical;
            }
        }

        return map;
    }
}
