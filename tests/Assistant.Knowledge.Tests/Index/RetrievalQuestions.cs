namespace Assistant.Knowledge.Tests.Index;

/// <summary>Questions over the seed vacancies with a text the best passage must contain (from /work/shared/eval/dev.yaml and its facts).</summary>
internal static class RetrievalQuestions
{
    public const string Harelbeke = "harelbeke-deskundige-externe-communicatie";
    public const string Antwerpen = "provincie-antwerpen-communicatiemedewerker-lokale-besturen";
    public const string Kamer = "kamer-assistent-sociale-media";
    public const string Lievegem = "lievegem-directeur-interne-organisatie";
    public const string Kortrijk = "kortrijk-directiemedewerker-strategische-coordinatie";

    /// <summary>The three retrieval cases of the evaluation set.</summary>
    public static IReadOnlyList<(string Question, string VacancyId, string Expected)> Eval { get; } =
    [
        ("Aan wie rapporteert de deskundige externe communicatie in Harelbeke?", Harelbeke, "rapporteer je rechtstreeks aan de teamleider"),
        ("Met hoeveel collega's zou ik samenwerken bij de dienst lokale besturen van de provincie?", Antwerpen, "team van 7 collega"),
        ("Welke sociale mediakanalen beheert de Kamer?", Kamer, "Bluesky"),
    ];

    /// <summary>The evaluation cases plus other open questions whose answer stands in one passage.</summary>
    public static IReadOnlyList<(string Question, string VacancyId, string Expected)> All { get; } =
    [
        .. Eval,
        ("Hoe lang is de wervingsreserve geldig in Lievegem?", Lievegem, "drie jaar"),
        ("Hoeveel vakantiedagen krijg ik bij de provincie Antwerpen?", Antwerpen, "36 vakantiedagen"),
        ("Hoeveel bedragen de maaltijdcheques in Kortrijk?", Kortrijk, "7,50"),
        ("Wie kan ik contacteren met vragen over de verloning?", Antwerpen, "Birgit Baats"),
        ("Moet ik een uittreksel uit het strafregister bezorgen?", Lievegem, "strafregister"),
        ("Welk diploma heb ik nodig in Harelbeke?", Harelbeke, "bachelordiploma"),
        ("Wanneer is de mondelinge proef in Harelbeke?", Harelbeke, "8 of 9 januari"),
        ("Welke reserve wordt aangelegd?", Lievegem, "wervingsreserve geldt"),
    ];
}
