namespace Assistant.Knowledge.Synthetic;

/// <summary>Sentences for generated vacancies; {org}, {place}, {service}, {title} are filled in.</summary>
internal static class SyntheticSentences
{
    public static readonly Dictionary<string, string[]> Tasks = new()
    {
        ["communicatie"] =
        [
            "Je schrijft heldere teksten voor de website, het infoblad en de nieuwsbrief.",
            "Je beheert onze sociale mediakanalen (Facebook, Instagram, LinkedIn) en volgt reacties op.",
            "Je werkt communicatiecampagnes uit en evalueert hun resultaat.",
            "Je onderhoudt contacten met de pers en schrijft persberichten.",
            "Je ondersteunt collega's van andere diensten bij hun communicatie.",
        ],
        ["personeel"] =
        [
            "Je begeleidt selectieprocedures van vacature tot aanwerving.",
            "Je adviseert leidinggevenden over rechtspositieregeling en verlof.",
            "Je werkt mee aan een modern competentie- en opleidingsbeleid.",
            "Je verwerkt de personeelsadministratie nauwkeurig en tijdig.",
        ],
        ["financien"] =
        [
            "Je stelt het meerjarenplan en de budgetwijzigingen mee op.",
            "Je volgt facturen, betalingen en overheidsopdrachten op.",
            "Je rapporteert periodiek over de financiële toestand aan het managementteam.",
            "Je zorgt voor een correcte boekhouding volgens de BBC-regels.",
        ],
        ["beleid"] =
        [
            "Je bereidt beleidsbeslissingen voor en schrijft adviezen voor het college van burgemeester en schepenen.",
            "Je coördineert projecten samen met interne en externe partners.",
            "Je volgt nieuwe regelgeving op en vertaalt die naar de praktijk.",
            "Je rapporteert aan de algemeen directeur.",
        ],
        ["leiding"] =
        [
            "Je geeft leiding aan een team van {n} medewerkers.",
            "Je bent lid van het managementteam en denkt mee over de strategie van {org}.",
            "Je coördineert de diensten personeel, financiën en ICT.",
            "Je stuurt verandertrajecten aan en bewaakt de kwaliteit van de dienstverlening.",
        ],
        ["welzijn"] =
        [
            "Je begeleidt cliënten bij hun aanvraag van een leefloon of andere steun.",
            "Je voert sociale onderzoeken uit en stelt verslagen op.",
            "Je werkt samen met het netwerk van welzijnspartners in {place}.",
        ],
        ["cultuur"] =
        [
            "Je stelt het collectie- en activiteitenbeleid van de bibliotheek mee op.",
            "Je organiseert leesbevorderende activiteiten voor kinderen en volwassenen.",
            "Je begeleidt vrijwilligers en stagiairs.",
        ],
        ["administratie"] =
        [
            "Je helpt burgers aan het loket met identiteitskaarten, rijbewijzen en attesten.",
            "Je beantwoordt vragen aan de telefoon en per e-mail.",
            "Je verwerkt dossiers correct in de toepassingen van de dienst.",
            "Je maakt afspraken en beheert agenda's.",
        ],
        ["techniek"] =
        [
            "Je voert onderhouds- en herstellingswerken uit aan gebouwen en terreinen.",
            "Je bedient machines en voertuigen veilig en volgens de voorschriften.",
            "Je houdt het materiaal en het magazijn op orde.",
            "Je springt bij tijdens evenementen en bij winterdienst.",
        ],
        ["schoonmaak"] =
        [
            "Je maakt lokalen, sanitair en gemeenschappelijke ruimtes schoon.",
            "Je volgt de hygiëne- en veiligheidsvoorschriften nauwgezet op.",
            "Je meldt defecten en tekorten aan je leidinggevende.",
        ],
    };

    public static readonly string[] Profile =
    [
        "Je werkt zelfstandig en neemt initiatief.", "Je bent een teamspeler en communiceert vlot.", "Je bent klantgericht en vriendelijk.",
        "Je werkt nauwkeurig en houdt van orde.", "Je bent flexibel en stressbestendig.", "Je kan goed overweg met MS Office.",
        "Je bent integer en gaat discreet om met vertrouwelijke informatie.", "Je hebt minstens {years} jaar relevante ervaring.",
        "Ervaring in een lokaal bestuur is een pluspunt.", "Je bent bereid om af en toe 's avonds te werken.", "Je hebt een rijbewijs B.",
    ];

    public static readonly string[] General =
    [
        "Je hebt een gedrag dat in overeenstemming is met de eisen van de functie (uittreksel uit het strafregister, model 595, niet ouder dan drie maanden).",
        "Je geniet de burgerlijke en politieke rechten.", "Je bent medisch geschikt voor de functie.",
        "Je bent onderdaan van een lidstaat van de Europese Economische Ruimte of de Zwitserse Bondsstaat.",
        "Je beheerst het Nederlands (diploma in het Nederlands of taalattest).",
    ];

    public static readonly string[] Benefits =
    [
        "maaltijdcheques van {meal} euro per gewerkte dag", "een hospitalisatieverzekering", "een aanvullend pensioen (tweede pijler)",
        "een fietsvergoeding van 0,35 euro per kilometer", "gratis woon-werkverkeer met het openbaar vervoer", "{leave} vakantiedagen per jaar",
        "glijdende werkuren en de mogelijkheid tot telewerk", "een ruim opleidingsaanbod", "een ecocheque van 250 euro per jaar",
        "korting bij de Gemeenschappelijke Sociale Dienst", "een smartphone met abonnement", "fietsleasing",
    ];

    public static readonly string[] About =
    [
        "{org} telt ongeveer {people} medewerkers die elke dag klaarstaan voor de inwoners van {place}.",
        "We zijn een warme organisatie die inzet op samenwerking, vertrouwen en ruimte voor eigen initiatief.",
        "{place} is een groene gemeente met een actief verenigingsleven en een levendig centrum.",
        "Onze diensten werken nauw samen om de dienstverlening eenvoudig en digitaal toegankelijk te maken.",
        "In ons meerjarenplan staan klimaat, mobiliteit en een sterke sociale dienstverlening centraal.",
        "Het administratief centrum ligt op wandelafstand van het station en is goed bereikbaar met de fiets.",
        "We investeren in opleiding en loopbaanbegeleiding, zodat je kan groeien in je job.",
        "Diversiteit is voor ons een meerwaarde: we kijken naar talent en motivatie.",
    ];

    public static readonly string[] Steps = ["schriftelijke proef", "mondelinge proef", "praktische proef", "assessment", "thuisopdracht", "selectiegesprek"];
}
