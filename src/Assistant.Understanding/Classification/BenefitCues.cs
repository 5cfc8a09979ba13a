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

    /// <summary>Whether the (folded) text names the benefit <paramref name="kind"/> ("maaltijdcheques" for meal-vouchers).</summary>
    public static bool Names(string kind, string text) => Kinds.Any(k => k.Kind == kind && k.Pattern.IsMatch(text));

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

    /// <summary>"Wat krijg je naast je loon?", "What do I get on top of the salary?", "Quoi en plus du salaire ?": what comes beside the pay.</summary>
    [GeneratedRegex(
        @"\b(naast|bovenop|buiten|behalve) (het|mijn|je|jouw|uw|dat|de) (bruto)?(loon|salaris|wedde|maandloon)\b"
        + @"|\b(besides|on top of|apart from|in addition to|beyond) (the|my|your|that) (salary|pay|wage)\b"
        + @"|\b(en plus|a cote|en dehors) (du|de mon|de votre|de ce) salaire\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex BesidesPay();

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
        + @"|\bvervoerskosten|\bkilometervergoeding|\bpendel|\bcommut|\bpublic transport\b"
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
