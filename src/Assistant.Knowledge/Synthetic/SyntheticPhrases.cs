namespace Assistant.Knowledge.Synthetic;

/// <summary>Names, jobs and headings for generated vacancies (all employers and places are fictional).</summary>
internal static class SyntheticPhrases
{
    public static readonly string[] PlacePrefixes =
        ["Beek", "Oost", "West", "Hoog", "Laag", "Groen", "Zand", "Molen", "Ter", "Wilg", "Eik", "Heide", "Brug", "Kasteel", "Vos", "Linde", "Meer", "Berk", "Dries", "Haver"];

    public static readonly string[] PlaceSuffixes =
        ["donk", "hoven", "kerke", "dam", "veld", "gem", "rode", "berge", "laar", "hout", "dijk", "mere", "zele", "tem", "lo", "beke", "horst"];

    public static readonly string[] EmployerKinds =
        ["Gemeente", "Stad", "OCMW", "Gemeente en OCMW", "Politiezone", "Intergemeentelijke vereniging", "Autonoom gemeentebedrijf", "Provincie"];

    public static readonly string[] FirstNames =
        ["An", "Bart", "Charlotte", "Dirk", "Els", "Femke", "Geert", "Hanne", "Ines", "Jeroen", "Katrien", "Lotte", "Marc", "Nele", "Pieter", "Sofie", "Tom", "Wout", "Yasmine", "Zeynep"];

    public static readonly string[] LastNames =
        ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambrechts", "Van Damme", "Verhoeven", "El Amrani", "Vermeulen"];

    /// <summary>Jobs per level: title, service, domain of the tasks.</summary>
    public static readonly Dictionary<char, (string Title, string Service, string Domain)[]> Jobs = new()
    {
        ['A'] =
        [
            ("diensthoofd financiën", "de dienst Financiën", "financien"), ("beleidsadviseur omgeving", "de dienst Omgeving", "beleid"),
            ("directeur interne organisatie", "de directie Interne Organisatie", "leiding"), ("jurist", "de juridische dienst", "beleid"),
            ("stafmedewerker strategie", "het team Strategie en Organisatieontwikkeling", "beleid"), ("HR-business partner", "de dienst Personeel en Organisatie", "personeel"),
        ],
        ['B'] =
        [
            ("deskundige communicatie", "het team Communicatie", "communicatie"), ("deskundige personeel", "de dienst Personeel", "personeel"),
            ("maatschappelijk werker", "de sociale dienst", "welzijn"), ("bibliothecaris", "de bibliotheek", "cultuur"),
            ("projectcoördinator mobiliteit", "de dienst Mobiliteit", "beleid"), ("deskundige aankoop", "de dienst Aankoop", "financien"),
        ],
        ['C'] =
        [
            ("administratief medewerker burgerzaken", "de dienst Burgerzaken", "administratie"), ("boekhoudkundig medewerker", "de dienst Financiën", "financien"),
            ("technisch assistent gebouwen", "de technische dienst", "techniek"), ("onthaalmedewerker", "het onthaalteam", "administratie"),
            ("administratief medewerker personeel", "de dienst Personeel", "personeel"),
        ],
        ['D'] =
        [
            ("technisch medewerker groendienst", "de groendienst", "techniek"), ("polyvalent arbeider", "de technische uitvoeringsdienst", "techniek"),
            ("medewerker sporthal", "de sportdienst", "techniek"), ("chauffeur-magazijnier", "het magazijn", "techniek"),
        ],
        ['E'] =
        [
            ("schoonmaker", "de schoonmaakdienst", "schoonmaak"), ("keukenmedewerker", "de keuken van het woonzorgcentrum", "schoonmaak"),
            ("medewerker recyclagepark", "het recyclagepark", "techniek"),
        ],
    };

    public static readonly Dictionary<char, string[]> Scales = new()
    {
        ['A'] = ["A1a-A3a", "A4a-A4b", "A1a-A2a"], ['B'] = ["B1-B3", "B4-B5"], ['C'] = ["C1-C3", "C4-C5"], ['D'] = ["D1-D3", "D4"], ['E'] = ["E1-E3"],
    };

    /// <summary>Yearly amount at 100 % at the start of the scale, per level (the top is about 1.5 times higher).</summary>
    public static readonly Dictionary<char, int> YearlyStart = new() { ['A'] = 23_000, ['B'] = 17_300, ['C'] = 14_700, ['D'] = 13_900, ['E'] = 13_400 };

    public static readonly Dictionary<char, string[]> Diplomas = new()
    {
        ['A'] = ["een masterdiploma", "een diploma van het universitair onderwijs (master)", "een masterdiploma of een diploma dat toegang geeft tot niveau A"],
        ['B'] = ["een bachelordiploma", "een diploma van het hoger onderwijs van één cyclus (bachelor)", "een bachelordiploma of een diploma dat toegang geeft tot niveau B"],
        ['C'] = ["een diploma secundair onderwijs", "een diploma hoger secundair onderwijs (ASO, TSO, KSO of 7de jaar BSO)"],
        ['D'] = ["geen specifiek diploma", "een getuigschrift van de tweede graad secundair onderwijs of gelijkwaardige ervaring"],
        ['E'] = ["geen diploma"],
    };

    public static readonly string[][] Headings =
    [
        ["Functie", "Wat doe je?", "Takenpakket", "Functieomschrijving", "Jouw job"],
        ["Profiel", "Wat verwachten we?", "Wie zoeken we?", "Jouw profiel"],
        ["Aanwervingsvoorwaarden", "Toelaatbaarheidsvereisten", "Diplomavoorwaarden", "Algemene en bijzondere aanwervingsvoorwaarden"],
        ["Aanbod", "Wat bieden wij?", "Ons aanbod", "Wat mag je verwachten?"],
        ["Selectieprocedure", "Selectieprogramma", "Hoe verloopt de selectie?"],
        ["Solliciteren", "Hoe reageren?", "Interesse?", "Kandidaatstelling"],
        ["Wervingsreserve", "Reserve"],
        ["Contact", "Meer info", "Vragen?"],
        ["Over ons", "Wie zijn we?", "Over de organisatie"],
    ];
}
