namespace Assistant.Understanding.Classification;

/// <summary>
/// The key words of the intent and entity rules, folded: a misspelt word within a small edit distance of one of them
/// is corrected to it before the rules run ("sollicitern" → "solliciteren", "maaltijdcheqeus" → "maaltijdcheques").
/// When a rule gets a new key word of six letters or more, add it here to make it typo-tolerant. These words also
/// count little as vacancy references (a title that contains "selectie" is not named by "selectieprocedure").
/// </summary>
internal static class DomainLexicon
{
    public static readonly string[] Words =
    [
        // applying, deadlines
        "solliciteren", "sollicitatie", "sollicitaties", "solliciteer", "kandidatuur", "kandidaat", "kandidaten", "inschrijven",
        "inschrijving", "vacature", "vacatures", "deadline", "uiterste", "afsluiting", "sluitingsdatum", "einddatum", "wanneer",
        "hoeveel", "uiterlijk", "postuleren", "reageren", "aanmelden", "beschikbaar",
        // eligibility and profile
        "aanmerking", "voorwaarden", "vereisten", "toelaatbaar", "toelatingsvoorwaarden", "diploma", "bachelor", "bachelordiploma",
        "masterdiploma", "secundair", "onderwijs", "middelbaar", "graduaat", "buitenlands", "buitenlandse", "laatstejaars",
        "nationaliteit", "rijbewijs", "ervaring", "werkervaring", "beroepservaring", "relevante", "privesector", "zelfstandige",
        "overheid", "leidinggevende", "ancienniteit", "gelijkwaardigheid", "afgestudeerd", "contract", "onbepaalde",
        // salary
        "salaris", "verdienen", "verdien", "verloning", "brutoloon", "nettoloon", "startloon", "aanvangsloon", "weddeschaal",
        "loonschaal", "barema", "inschaling", "maandloon", "jaarloon",
        // procedure and scoring
        "selectieprocedure", "selectie", "procedure", "schriftelijke", "schriftelijk", "mondelinge", "mondeling", "thuisopdracht",
        "opdracht", "assessment", "interview", "gesprek", "capaciteitstest", "redeneertest", "taaltest", "wervingsreserve",
        "reserve", "geslaagd", "slagen", "punten", "terugsturen", "verloopt", "screening", "examen",
        // benefits, documents, contact
        "vakantiedagen", "verlofdagen", "maaltijdcheques", "maaltijdcheque", "hospitalisatieverzekering", "hospitalisatie",
        "fietsvergoeding", "woonwerkverkeer", "telewerk", "thuiswerk", "thuiswerken", "pensioen", "opleiding", "opleidingen",
        "ecocheques", "vakantiegeld", "eindejaarspremie", "voordelen", "extralegale", "documenten", "motivatiebrief", "uittreksel",
        "strafregister", "meesturen", "indienen", "contacteren", "contactpersoon", "telefoonnummer", "mailadres",
        "rapporteert", "collega", "collegas", "verantwoordelijkheden", "takenpakket",
        // English
        "salary", "experience", "requirements", "benefits", "holidays", "documents", "selection", "application", "degree",
        "written", "contact", "recruitment", "vouchers", "insurance", "pension", "training", "passed", "eligible", "qualify",
        "deadline", "interview", "vacancy", "vacancies", "bachelor's", "assignment", "colleagues",
        // French
        "salaire", "candidature", "postuler", "experience", "diplome", "bachelier", "epreuve", "entretien", "conges", "avantages",
        "cheques", "contacter", "recrutement", "reussi", "ecrite", "conditions", "exigences", "secondaire", "aujourd'hui",
    ];
}
