namespace Assistant.Cli.Commands.Bench;

/// <summary>
/// Question templates for <c>bench ask</c>, per category and language. Placeholders: {where}/{where2} (a vacancy by
/// its location or organisation), {title}, {diploma}, {years}, {seniority}, {step} (with its article), {points}, {max}, {benefit}.
/// These are candidates' inputs, not texts the assistant says.
/// </summary>
internal static class AskQuestionTemplates
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ByCategory { get; } = new Dictionary<string, IReadOnlyDictionary<string, string[]>>
    {
        ["eligibility"] = Languages(
            ["Ik heb {diploma} en {years} jaar ervaring. Kan ik solliciteren voor {title} {where}?", "Kom ik met {diploma} in aanmerking voor de job {where}?",
             "Mag ik meedoen {where} als ik {diploma} heb en {years} jaar relevante ervaring?", "Ik heb {diploma} en nog geen werkervaring. Voldoe ik aan de voorwaarden {where}?"],
            ["I have {diploma} and {years} years of experience. Can I apply for {title} {where}?", "Am I eligible for the job {where} with {diploma}?"],
            ["J'ai {diploma} et {years} ans d'expérience. Puis-je postuler pour {title} {where} ?", "Suis-je admissible pour le poste {where} avec {diploma} ?"]),
        ["deadline"] = Languages(
            ["Tot wanneer kan ik solliciteren {where}?", "Wat is de uiterste datum voor de vacature {title}?", "Kan ik nog solliciteren voor {title} {where}?", "Kan ik vandaag nog solliciteren {where}?",
             "Wanneer sluit de vacature {title} {where}?", "Is de vacature {where} nog open?", "Wat is de deadline om mijn kandidatuur in te dienen {where}?"],
            ["What is the application deadline {where}?", "Until when can I apply for {title}?", "Is the vacancy {where} still open?"],
            ["Quelle est la date limite pour postuler {where} ?", "Jusqu'à quand puis-je postuler pour {title} ?", "Le poste {where} est-il encore ouvert ?"]),
        ["days-left"] = Languages(
            ["Hoeveel dagen heb ik nog om te solliciteren {where}?", "Hoeveel tijd rest er nog om te solliciteren voor {title}?",
             "Hoeveel dagen blijft de vacature {title} {where} nog open?", "Hoe lang heb ik nog om mijn cv te sturen {where}?"],
            ["How many days are left to apply {where}?", "How much time do I have left to apply for {title}?"],
            ["Combien de jours me reste-t-il pour postuler {where} ?", "Combien de temps me reste-t-il pour postuler pour {title} ?"]),
        ["salary"] = Languages(
            ["Wat is het startloon voor {title} {where}?", "Hoeveel verdien ik {where} met {seniority} jaar anciënniteit?",
             "Ik heb {seniority} jaar ervaring in de privésector. Wat zou mijn brutoloon zijn {where}?", "Wat is de wedde {where}?"],
            ["What is the starting salary {where}?", "How much would I earn {where} with {seniority} years of seniority?"],
            ["Quel est le salaire de départ {where} ?", "Combien gagnerais-je {where} avec {seniority} ans d'ancienneté ?"]),
        ["step-dates"] = Languages(
            ["Wanneer is {step} {where}?", "Op welke datum vindt {step} plaats voor {title}?", "Hoe verloopt de selectieprocedure {where}?"],
            ["When is {step} {where}?", "How does the selection procedure work {where}?"],
            ["Quand a lieu {step} {where} ?", "Comment se déroule la sélection {where} ?"]),
        ["scoring"] = Languages(
            ["Ik haalde {points} op {max} op {step} {where}. Ben ik geslaagd?", "Ik had {points}/{max} op {step} {where}. Mag ik door naar de volgende proef?"],
            ["I scored {points} out of {max} on {step} {where}. Did I pass?"],
            ["J'ai obtenu {points}/{max} à {step} {where}. Ai-je réussi ?"]),
        ["benefits"] = Languages(
            ["Krijg ik {benefit} {where}?", "Welke voordelen zijn er {where}?", "Hoeveel vakantiedagen krijg ik {where}?", "Hoeveel bedragen de maaltijdcheques {where}?",
             "Heb ik recht op {benefit} als {title}?"],
            ["Do I get {benefit} {where}?", "What benefits does the job {where} offer?"],
            ["Est-ce que j'ai droit à {benefit} {where} ?", "Quels sont les avantages {where} ?"]),
        ["documents"] = Languages(
            ["Welke documenten moet ik indienen {where}?", "Moet ik een uittreksel uit het strafregister bezorgen voor {title}?", "Moet ik mijn diploma meesturen {where}?",
             "Welke bijlagen horen bij mijn sollicitatie voor {title}?", "Is een motivatiebrief verplicht {where}?"],
            ["Which documents do I need to submit {where}?", "Do I need to send my diploma for {title}?"],
            ["Quels documents dois-je fournir {where} ?", "Dois-je envoyer mon diplôme pour {title} ?"]),
        ["contact"] = Languages(
            ["Wie kan ik contacteren {where}?", "Met wie neem ik contact op voor vragen over het loon {where}?", "Wat is het e-mailadres voor vragen over {title}?",
             "Wie is de contactpersoon voor de selectieprocedure {where}?", "Naar welk telefoonnummer kan ik bellen met vragen {where}?"],
            ["Who can I contact about the job {where}?", "Who is the contact person for {title}?"],
            ["Qui puis-je contacter pour le poste {where} ?", "Qui est la personne de contact pour {title} ?"]),
        ["open"] = Languages(
            ["Aan wie rapporteert de {title} {where}?", "Wat zijn de taken van de {title}?", "Is telewerk mogelijk {where}?",
             "Met hoeveel collega's zou ik samenwerken {where}?", "Hoe lang is de wervingsreserve geldig {where}?", "Mag ik mijn hond meenemen naar het werk {where}?"],
            ["Who does the {title} report to {where}?", "What are the main tasks of the job {where}?", "Is remote work possible {where}?"],
            ["Quelles sont les tâches principales du poste {where} ?", "Le télétravail est-il possible {where} ?"]),
        ["vacancies"] = Languages(
            ["Welke vacatures staan er nog open?", "Voor welke vacatures heb ik geen bachelordiploma nodig?", "Welke job betaalt het best?", "Vergelijk het loon {where} met dat {where2}.",
             "Wat is het verschil tussen de job {where} en die {where2}?", "Welke vacatures zijn er voor {diploma}?", "Toon alle vacatures."],
            ["Which vacancies are still open?", "Which jobs don't require a bachelor's degree?", "Compare the salary {where} with the one {where2}."],
            ["Quels postes sont encore ouverts ?", "Pour quels postes n'ai-je pas besoin d'un bachelier ?", "Comparez le salaire {where} avec celui {where2}."]),
    };

    public static IReadOnlyDictionary<string, string[]> Diplomas { get; } = Languages(
        ["geen diploma", "een diploma secundair onderwijs", "een bachelordiploma", "een masterdiploma", "een bachelor communicatie", "een master rechten", "een graduaat"],
        ["no degree", "a secondary school diploma", "a bachelor's degree", "a master's degree", "a bachelor in communication"],
        ["aucun diplôme", "un diplôme de l'enseignement secondaire", "un bachelier", "un master", "un bachelier en communication"]);

    public static IReadOnlyDictionary<string, string[]> Steps { get; } = Languages(
        ["de schriftelijke proef", "de mondelinge proef", "het selectiegesprek", "het assessment", "de thuisopdracht"],
        ["the written test", "the oral test", "the interview", "the assessment"],
        ["l'épreuve écrite", "l'épreuve orale", "l'entretien", "l'assessment"]);

    public static IReadOnlyDictionary<string, string[]> Benefits { get; } = Languages(
        ["maaltijdcheques", "een hospitalisatieverzekering", "een fietsvergoeding", "telewerk", "een eindejaarspremie", "glijdende werkuren"],
        ["meal vouchers", "hospitalisation insurance", "a bike allowance", "remote work", "flexible hours"],
        ["des chèques-repas", "une assurance hospitalisation", "une indemnité vélo", "du télétravail"]);

    /// <summary>Where a vacancy is: by location or by organisation.</summary>
    public static IReadOnlyDictionary<string, (string AtLocation, string AtOrganisation)> Where { get; } = new Dictionary<string, (string, string)>
    {
        ["nl"] = ("in {0}", "bij {0}"),
        ["en"] = ("in {0}", "at {0}"),
        ["fr"] = ("à {0}", "chez {0}"),
    };

    private static Dictionary<string, string[]> Languages(string[] nl, string[] en, string[] fr) => new() { ["nl"] = nl, ["en"] = en, ["fr"] = fr };
}
