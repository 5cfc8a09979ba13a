using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>
/// Concrete things candidates ask about that a vacancy may or may not mention: telework, childcare, a canteen, paid
/// courses, a phone or laptop, a company car, help with moving, parking, night or weekend work, work clothes, pets, sport, how long the contract
/// runs. For each: the words of
/// the question (nl/en/fr, folded text), the Dutch words a document uses for the same thing (so "thuiswerken" or
/// "work from home" is answered by a line about "telewerk" or "plaatsonafhankelijk werken"), and the sections where
/// such a line may stand (a course in the offer, not the diploma in the requirements).
/// </summary>
internal static partial class TopicCues
{
    private static readonly TopicCue[] Topics =
    [
        new("telework", "telework", IntentNames.Benefits, 3.5, Telework(), TeleworkDoc(), Offer: true),
        new("childcare", null, IntentNames.Benefits, 3.5, Childcare(), ChildcareDoc(), Offer: true),
        new("canteen", "restaurant", IntentNames.Benefits, 3.5, Canteen(), CanteenDoc(), Offer: false),
        new("training", "training", IntentNames.Benefits, 3.5, Training(), TrainingDoc(), Offer: true),
        new("phone", null, IntentNames.Benefits, 3.5, Phone(), PhoneDoc(), Offer: true),
        new("company-car", null, IntentNames.Benefits, 3.5, CompanyCar(), CompanyCarDoc(), Offer: true),
        new("company-bike", null, IntentNames.Benefits, 3.5, CompanyBike(), CompanyBikeDoc(), Offer: true),
        new("access", null, IntentNames.General, 8, Access(), AccessDoc(), Offer: false, AnySection: true),
        new("test-language", null, IntentNames.General, 8, TestLanguage(), TestLanguageDoc(), Offer: false, AnySection: true),
        new("relocation", null, IntentNames.Benefits, 3.5, Relocation(), RelocationDoc(), Offer: true),
        new("parking", null, IntentNames.Benefits, 3.5, Parking(), ParkingDoc(), Offer: false),
        new("clothing", null, IntentNames.Benefits, 3, Clothing(), ClothingDoc(), Offer: false),
        new("sport", null, IntentNames.Benefits, 3.5, Sport(), SportDoc(), Offer: false),
        new("supplement", null, IntentNames.Benefits, 5, Supplement(), SupplementDoc(), Offer: true),
        new("jury", null, IntentNames.General, 8, Jury(), JuryDoc(), Offer: false, AnySection: true),
        new("hours", null, IntentNames.General, 0, Hours(), HoursDoc(), Offer: false),
        new("pets", null, IntentNames.General, 4, Pets(), PetsDoc(), Offer: false),
        new("duration", null, IntentNames.General, 8, Duration(), DurationDoc(), Offer: false),
        new("applicants", null, IntentNames.General, 8, Applicants(), ApplicantsDoc(), Offer: false),
        new("reporting", null, IntentNames.General, 0, Reporting(), ReportingDoc(), Offer: false),
        new("tasks", null, IntentNames.General, 0, Tasks(), TasksDoc(), Offer: false, Assistant.Knowledge.Extraction.Topic.Tasks),
    ];

    /// <summary>The topic the question asks about and the (longest) word that names it ("permanentie"), or null.</summary>
    /// <remarks>
    /// When several topics match, the one named first in the question is asked about; a later one names where
    /// ("Is there staff parking at the daycare?" asks about parking, the daycare is the workplace). Overlapping matches
    /// keep the list's order.
    /// </remarks>
    public static (string Name, string Word)? Find(string text)
    {
        (TopicCue Topic, Match Match)? first = null;
        foreach (var topic in Topics)
        {
            var m = topic.Question.Match(text);
            // Overlapping matches are one phrase ("frais de garde d'enfants"): the list's order decides between them.
            if (m.Success && (first is null || m.Index + m.Length <= first.Value.Match.Index))
            {
                first = (topic, m);
            }
        }

        return first is { } f ? (f.Topic.Name, f.Match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? "") : null;
    }

    /// <summary>The topic's entry.</summary>
    public static TopicCue Get(string name) => Topics.First(t => t.Name == name);

    [GeneratedRegex(
        @"\btelewerk|\bthuiswerk|\bthuis (te )?werken\b|\bvan (bij )?thuis( uit)?\b|\bthuis (uit )?werken\b|\bplaatsonafhankelijk"
        + @"|\bhybride? werk|\bremote\b|\bwork(ing)? (from|at) home\b|\bhome ?office\b|\bhome ?working\b|\bteletravail"
        + @"|\btravail(ler)? (a|de) (domicile|la maison)\b|\bde chez (moi|soi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Telework();

    [GeneratedRegex(@"telewerk|thuiswerk|plaatsonafhankelijk|plaats- (en|of) tijds?onafhankelijk|thuis (uit )?(te )?werken|van (bij )?thuis|per week thuis|hybride? werk", RegexOptions.CultureInvariant)]
    private static partial Regex TeleworkDoc();

    [GeneratedRegex(
        @"\bkinderopvang|\bcreche|\bkinderdagverblijf|\bchild ?care\b|\bday ?care\b|\bnursery\b|\bgarderie"
        + @"|\bopvang voor (de |mijn |onze )?kinderen\b|\bgarde d' enfants\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Childcare();

    [GeneratedRegex(@"kinderopvang|creche|kinderdagverblijf|opvang (voor|van) (de |jouw |je )?kinderen", RegexOptions.CultureInvariant)]
    private static partial Regex ChildcareDoc();

    [GeneratedRegex(
        @"\bkantine|\bpersoneelsrestaurant|\bbedrijfsrestaurant|\brefter\b|\bcafetaria|\bcanteen|\bcafeteria"
        + @"|\bstaff restaurant|\bcantine|\brestaurant (d' entreprise|du personnel|d' administration)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Canteen();

    /// <summary>The state of the selection a published document cannot know: how many applied so far, one's chances or rank.</summary>
    [GeneratedRegex(
        @"\bhoeveel (andere )?(kandidaten|sollicitanten|mensen|personen|gegadigden|deelnemers)\b.{0,30}\b(gesolliciteerd|ingeschreven|kandidaat gesteld|solliciteren|meedoen|deelnemen|beworben)"
        + @"|\bhow many (other )?(people|candidates|applicants|persons)\b.{0,20}\b(applied|signed up|registered|applying)"
        + @"|\bcombien de (candidats|personnes|postulants)\b.{0,25}\b(postule|candidate|inscrit)"
        + @"|\b(mijn|m'n) (slaag)?kansen\b|\bmy chances\b|\bmes chances\b|\bhoeveelste\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Applicants();

    [GeneratedRegex(@"\b(aantal|\d+) (kandidaten|sollicitanten|kandidaturen|inschrijvingen) (tot nu|momenteel|ontvangen|hebben)", RegexOptions.CultureInvariant)]
    private static partial Regex ApplicantsDoc();

    [GeneratedRegex(@"kantine|restaurant|refter|cafetaria|cafeteria", RegexOptions.CultureInvariant)]
    private static partial Regex CanteenDoc();

    [GeneratedRegex(
        @"\bbijscholing|\bvorming(en)?\b|\bopleidingsmogelijk|\bopleidingsbudget|\bopleidingskansen|\bcursus(sen)?\b"
        + @"|\bcourses?\b|\btrainings?\b|\bformations?\b|\bpostgradua|\bstudieverlof|\bstudy leave\b|\bconge education"
        + @"|\b(krijg\w*|betaal\w*|vergoed\w*|bieden|biedt|voorzien|volgen|terugbetaal\w*) .{0,40}\bopleiding"
        + @"|\bopleiding(en)? .{0,40}\b(betaal\w*|vergoed\w*|volgen|aangeboden|voorzien|terugbetaal\w*)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Training();

    [GeneratedRegex(@"opleiding|vorming|bijscholing|cursus|leerkansen|studieverlof", RegexOptions.CultureInvariant)]
    private static partial Regex TrainingDoc();

    [GeneratedRegex(
        @"\bgsm|\bsmartphone|\bmobile phone|\bphone (allowance|subscription|plan|bill)|\btelefoonvergoeding"
        + @"|\btelefoonabonnement|\btelephone portable|\bportable\b|\bmobiele telefoon"
        + @"|\b(company|work|business|service) (phone|mobile|smartphone)|\blaptop|\bordinateur portable|\bdraagbare computer",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\bgsm|smartphone|telefoonvergoeding|telefoonabonnement|mobiele telefoon|laptop|draagbare computer", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneDoc();

    [GeneratedRegex(@"\bverhuis\w*|\breloca\w*|\bmoving (costs?|expenses|allowance|help)\b|\bdemenag\w*|\bhuisvesting\b|\bhousing\b|\blogement\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relocation();

    [GeneratedRegex(@"verhuis|relocatie|huisvesting", RegexOptions.CultureInvariant)]
    private static partial Regex RelocationDoc();

    [GeneratedRegex(
        @"\bbedrijfswagen|\bdienstwagen|\bleasewagen|\bcompany car|\bvoiture de (societe|service|fonction)"
        + @"|\b(wagen|auto) van (het werk|de zaak)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CompanyCar();

    [GeneratedRegex(@"bedrijfswagen|dienstwagen|leasewagen|wagen van de zaak", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyCarDoc();

    /// <summary>A bike the employer lends or leases (not an allowance per km): "dienstfiets", "service bike", "vélo de service".</summary>
    [GeneratedRegex(
        @"\bdienstfiets|\bbedrijfsfiets|\bleasefiets|\bfietslease|\bfiets van (het werk|de zaak|de dienst|de gemeente|de stad)\b"
        + @"|\b(service|company|work|lease|leased|pool|electric|e) (bike|bicycle|e ?bike)s?\b|\b(bike|bicycle) (lease|leasing|plan)\b"
        + @"|\bvelos? (de service|de societe|de fonction|en leasing|electrique)|\bleasing (de )?velo"
        + @"|\b(krijg\w*|krijgen|get|receive|given|provided with|recoit|recoivent|recevoir|ont|a t on) (ze |je |we |they |you |ils |on )?(een |a |an |un )?(elektrische |electric )?(fiets|bike|bicycle|velo)\b(?! (allowance|vergoeding|premie|indemnity|mileage|per km|km))",
        RegexOptions.CultureInvariant)]
    private static partial Regex CompanyBike();

    [GeneratedRegex(@"dienstfiets|bedrijfsfiets|leasefiets|fietslease|fietsleasing|fiets (ter beschikking|van de (dienst|zaak|gemeente|stad))|(elektrische )?fietsen? ter beschikking", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyBikeDoc();

    /// <summary>The language the tests are taken in: "kan ik de proeven in het Frans afleggen", "interview in English", "passer les épreuves en français".</summary>
    [GeneratedRegex(
        @"\b(proef|proeven|examen|examens|gesprek|interview|interviews|test|tests|testen|epreuves?|entretien|exams?|selectie|selection|assessment)\b.{0,40}\b(in het |en |in )(nederlands|frans|engels|duits|neerlandais|francais|anglais|allemand|dutch|french|english|german)\b"
        + @"|\b(in het |en |in )(nederlands|frans|engels|duits|neerlandais|francais|anglais|allemand|dutch|french|english|german)\b.{0,40}\b(proef|proeven|examen|gesprek|interview|test|tests|testen|epreuves?|entretien|exams?|afleggen|doen|passer|take|sit)\b"
        + @"|\bin welke taal\b|\bdans quelle langue\b|\b(which|what) language\b.{0,30}\b(test|tests|exam|exams|interview|selection)\b|\btaal van (de|het) (proef|proeven|examen|gesprek|selectie)\b|\blangue (des|de l') (epreuves?|entretien|examen)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TestLanguage();

    [GeneratedRegex(
        @"(nederlands|frans|engels|duits|tweetalig|in beide talen|in de taal van).{0,60}(proef|proeven|examen|gesprek|interview|afleggen|selectie)|(proef|proeven|examen|gesprek|interview|selectie)\w*.{0,60}\bin het (nederlands|frans|engels|duits)",
        RegexOptions.CultureInvariant)]
    private static partial Regex TestLanguageDoc();

    /// <summary>How the workplace is reached: "bereikbaar met de trein", "accessible en train", "how do I get there by bus".</summary>
    [GeneratedRegex(
        @"\bbereikbaar\b|\bte bereiken\b|\b(accessible|joignable|reachable|accessible) (en|par|by|with|met|via)\b|\bhow (do|can|could) (i|you|one) (get|go) (there|to (the|it|work))\b"
        + @"|\b(get|go|come|travel) (there|to work) by (train|bus|tram|metro)\b|\bcomment (y aller|s' y rendre|se rendre|y acceder)\b"
        + @"|\b(station|halte|gare) (dichtbij|in de buurt|nearby|near|proche)\b|\bnear(by)? (a |the )?(train |bus )?(station|stop)\b"
        + @"|\bdichtst\w* (station|halte)\b|\bgare (la plus )?proche\b|\bpres de la gare\b|\bloin de la gare\b|\bvan het station\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Access();

    [GeneratedRegex(@"(vlot|goed|makkelijk|gemakkelijk|vlak) bereikbaar|bereikbaar (met|per|via) |op wandelafstand|\bstation\b|stationsbuurt|bushalte|tramhalte|\bhalte\b|met het openbaar vervoer (naar|tot) (de|het|onze)", RegexOptions.CultureInvariant)]
    private static partial Regex AccessDoc();

    [GeneratedRegex(@"\bparking|\bparkeer|\bparkeren\b|\bcar park\b|\bstationnement|\bse garer\b", RegexOptions.CultureInvariant)]
    private static partial Regex Parking();

    [GeneratedRegex(@"parking|parkeer|parkeren", RegexOptions.CultureInvariant)]
    private static partial Regex ParkingDoc();

    [GeneratedRegex(
        @"\bwerkkledij|\bwerkkleding|\buniform|\bdresscode|\bkledij\b|\bkleding\b|\bworkwear\b|\bwork clothes\b"
        + @"|\btenue de travail\b|\bvetements de travail\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Clothing();

    [GeneratedRegex(@"kledij|kleding|uniform|dresscode|werkschoenen|veiligheidsschoenen", RegexOptions.CultureInvariant)]
    private static partial Regex ClothingDoc();

    [GeneratedRegex(@"\bsport(en|s|ief|aanbod|abonnement|voordeel|voordelen|tegemoetkoming|premie|faciliteit\w*|club\w*|activiteit\w*|mogelijkheden)?\b|\bfitness|\bgym\b|\bsalle de sport\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sport();

    [GeneratedRegex(@"sport|fitness", RegexOptions.CultureInvariant)]
    private static partial Regex SportDoc();

    /// <summary>Extra pay for night, weekend or irregular work: "zondagstoeslag", "night supplement", "prime de nuit", "hoeveel extra op zondag".</summary>
    [GeneratedRegex(
        @"\b(nacht|zondag|zaterdag|weekend|feestdag|avond|ploegen|onregelmatig)\w*(toeslag|premie|vergoeding)|\b(toeslag|premie|vergoeding)\w* (voor|op|bij) .{0,25}\b(nacht|zon|zater|weekend|feestdag|avond|onregelmatig|ploeg)"
        + @"|\bhoeveel (extra|meer)\b.{0,30}\b(nacht|zondag|zaterdag|weekend|feestdag|avond)|\b(extra|meer) (betaald|verdienen|krijgen)\b.{0,30}\b(nacht|zondag|zaterdag|weekend|feestdag)"
        + @"|\b(sunday|saturday|night|weekend|holiday|evening|shift|irregular hours?)\w* (supplement|premium|bonus|allowance|pay|rate|extra)\b|\b(supplement|premium|bonus|allowance|extra pay|paid extra|more pay)\b.{0,20}\b(sundays?|saturdays?|nights?|weekends?|holidays|evenings?|shifts?)\b"
        + @"|\bhow much (extra|more)\b.{0,30}\b(sundays?|saturdays?|nights?|weekends?|holidays)\b"
        + @"|\b(supplement|prime|majoration|indemnite|sursalaire)s? (de |du |pour (le |les )?|le )?(dimanche|nuit|week end|samedi|jours? feries?|prestations irregulieres)|\bcombien (de plus|en plus)\b.{0,30}\b(dimanche|nuit|week end|samedi)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Supplement();

    [GeneratedRegex(
        @"(nacht|zondag|zaterdag|weekend|feestdag|zon en feestdag|onregelmatig|avond|ploeg)\w*.{0,50}(toeslag|toelage|premie|vergoed|\d+ ?%|\d+ procent)|(toeslag|toelage|premie)\w*.{0,50}(nacht|zon|zater|weekend|feestdag|onregelmatig|avond|ploeg)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SupplementDoc();

    /// <summary>Who judges: the jury, the selection committee, the assessors ("wie zit er in de jury", "who is on the selection panel", "qui fait partie du jury").</summary>
    [GeneratedRegex(
        @"\bjury(?!gesprek)\w*|\bselectiecommissie|\bexamencommissie|\bbeoordelingscommissie|\bwie (beoordeelt|evalueert|beslist|kiest|neemt .{0,15}af)\b|\bassessoren\b|\bbeoordelaars\b"
        + @"|\b(selection|recruitment|examination|interview) (committee|panel|board)\b|\bwho (judges|assesses|evaluates|decides|interviews|will interview|sits on)\b|\bassessors\b|\bpanel members\b"
        + @"|\bcomite de selection\b|\bcommission de selection\b|\bqui (juge|evalue|decide|fait partie)\b|\bmembres du jury\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Jury();

    [GeneratedRegex(@"\bjury|commissie|\bassessor|\bbeoordelaar|\bpanel\b", RegexOptions.CultureInvariant)]
    private static partial Regex JuryDoc();

    [GeneratedRegex(
        @"\bnacht\w*|\bweekend\w*|\bploegen\w*|\bploegdienst|\bshifts?\b|\bnights?\b|\bnuits?\b|\bweek end"
        + @"|\bonregelmatig\w*|\bzaterdag\w*|\bzondag\w*|\bsaturdays?\b|\bsundays?\b|\bsamedis?\b|\bdimanches?\b"
        + @"|\bavonddienst|\bavondwerk|\bevening (work|shifts?)\b|\bwachtdienst|\bpermanentie\b|\bon call\b|\bde garde\b"
        + @"|\bwerkuren\b|\bwerktijden\b|\bopeningsuren\b|\bopeningstijden\b|\buurregeling\b|\bworking hours\b|\bopening hours\b|\bhoraires?\b|\bheures d'ouverture\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    [GeneratedRegex(
        @"nacht|weekend|ploeg|shift|dagwerk|onregelmatig|zaterdag|zondag|avonddienst|maandag tot (en met )?vrijdag|weekdagen|wachtdienst|permanentie|dienstrooster|uurrooster"
        + @"|werkuren|werktijd|openingsuren|openingstijd|glijdende|uurregeling|\b(van|tussen) \d{1,2}([u.:h]\d{0,2})? ?(uur )?(tot|en) \d{1,2}([u.:h]\d{2})?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HoursDoc();

    [GeneratedRegex(@"\bhond(en)?\b|\bhuisdier|\bdogs?\b|\bpets?\b|\bchiens?\b|\banimaux\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pets();

    [GeneratedRegex(@"\bhond|huisdier", RegexOptions.CultureInvariant)]
    private static partial Regex PetsDoc();

    [GeneratedRegex(
        @"\bhoe lang (duurt|loopt|is|geldt)\b.{0,30}\b(opdracht|contract|aanstelling|vervanging|tewerkstelling|job|overeenkomst|interim|betrekking)"
        + @"|\b(duur|looptijd|einddatum) van (de|het|mijn|je) (opdracht|contract|aanstelling|vervanging|overeenkomst|tewerkstelling)"
        + @"|\bhow long (is|does|will|would) .{0,20}\b(contract|assignment|job|replacement|position)\b|\b(contract|assignment) (length|duration|end)\b"
        + @"|\bduree (du|de la|de mon) (contrat|remplacement|poste|mission)|\bcombien de temps (dure|durera)\b.{0,20}\b(contrat|mission|remplacement|poste)"
        + @"|\b(tijdelijk\w*|bepaalde duur) (of|en) (vast|onbepaalde duur)\b|\bvaste? (contract|benoeming|aanstelling|betrekking|job)\b|\b(vaste?|onbepaalde duur) (of|en) (tijdelijk\w*|bepaalde duur)\b|\bpermanent (contract|position|job)\b"
        + @"|\bcontrat (a duree|fixe|permanent)|\b(cdi|cdd)\b"
        + @"|\b(wordt|word|worden) (je|ik|men|de|het|die|deze)\b.{0,40}\b(statutair|vast) (benoemd|aangesteld|aangeworven)\b|\bstatutair of contractueel\b|\bcontractueel of statutair\b"
        + @"|\bis (het|dit|dat|de job|de functie|die job|deze job) (statutair|contractueel)\b|\bis (it|this|the job) a (statutory|permanent) appointment\b|\best ce un poste statutaire\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(
        @"bepaalde duur|statuut|tijdelijke? (opdracht|contract|aanstelling|vervanging|job|functie)|vervanging|(contract|overeenkomst|opdracht|aanstelling) (van|voor) (\d+|een|twee|drie|zes) (maanden|maand|jaar)|tot en met \d{1,2}[ /.]|verlenging|vaste benoeming|vast contract|statutair|contractueel",
        RegexOptions.CultureInvariant)]
    private static partial Regex DurationDoc();

    [GeneratedRegex(
        @"\btaken\b|\btakenpakket|\bfunctie ?inhoud|\bwat (doe|ga|zal|moet) (je|ik)\b.{0,25}\b(doen|precies)\b|\bwat houdt (de|het|die|deze) (job|functie|baan)\b.{0,20}\bin\b"
        + @"|\b(tasks|duties)\b|\bwhat (does|will|would) .{0,30}\bdo\b|\bwhat is the (job|role|position) about\b|\bjob (content|description)\b"
        + @"|\btaches\b|\ben quoi consiste\b|\bque fait (un|une|le|la)\b|\bcontenu (de la fonction|du poste)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Tasks();

    [GeneratedRegex(@".", RegexOptions.CultureInvariant)]
    private static partial Regex TasksDoc();

    /// <summary>Who the job reports to: "aan wie rapporteer ik", "wie is mijn leidinggevende", "who do I report to", "qui est mon supérieur".</summary>
    [GeneratedRegex(
        @"\brapporte\w*|\bwie is (mijn|je|de|zijn|haar) (leidinggevende|baas|chef|directe chef|overste)\b|\bonder wie\b|\breport(s|ing)? to\b"
        + @"|\bwho (is|will be) (my|the|his|her) (boss|manager|supervisor|line manager)\b|\b(superieur|responsable) hierarchique\b"
        + @"|\bqui (est|sera) (mon|ma|le|la) (chef|responsable|superieur)\b|\bqui dois je rendre compte\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    [GeneratedRegex(
        @"\bonder (de )?(rechtstreekse )?(leiding|supervisie|aansturing|coordinatie|begeleiding) van\b|\brapporteer\w*|\b(je|jouw|de|uw) (directe )?leidinggevende\b(?! ervaring)|\bdiensthoofd\b|\bhierarchisch\w*|\bvalt onder\b|\bje (werkt|valt) (rechtstreeks )?onder\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportingDoc();
}
