namespace Assistant.Cli.Commands.Bench;

/// <summary>A reproducible mix of realistic candidate questions for search benchmarks.</summary>
public static class BenchQueries
{
    private static readonly string[] Questions =
    [
        "Wat is het startloon?", "Hoeveel verdien ik met 10 jaar ervaring?", "Welk diploma heb ik nodig?",
        "Kan ik solliciteren zonder bachelordiploma?", "Tot wanneer kan ik solliciteren?", "Hoe lang is de wervingsreserve geldig?",
        "Wanneer is de schriftelijke proef?", "Hoeveel punten moet ik halen om te slagen?", "Wie is de contactpersoon?",
        "Krijg ik maaltijdcheques?", "Hoeveel vakantiedagen zijn er?", "Is telewerk mogelijk?", "Welke documenten moet ik bezorgen?",
        "Moet ik een uittreksel uit het strafregister voorleggen?", "Aan wie rapporteer ik?", "Met hoeveel collega's werk ik samen?",
        "Hoe verloopt de selectieprocedure?", "Is er een capaciteitstest?", "Telt mijn ervaring in de privésector mee?",
        "Is het een voltijdse job?", "Krijg ik een hospitalisatieverzekering?", "fietsvergoeding", "assessment", "thuisopdracht",
        "Wat doet een deskundige communicatie?", "Welke taken heeft de jurist?", "coördinatie van projecten", "rijbewijs B",
        "Hoe solliciteer ik?", "sociale media", "\"mondelinge proef\" datum", "loon?!", "diploma: bachelor OR master",
    ];

    /// <summary><paramref name="count"/> queries; every second one is restricted to a random vacancy of <paramref name="vacancyIds"/>.</summary>
    public static IReadOnlyList<(string Text, string? VacancyId)> Create(int count, IReadOnlyList<string> vacancyIds, int seed)
    {
        var random = new Random(seed);
        var queries = new List<(string, string?)>(count);
        for (var i = 0; i < count; i++)
        {
            var text = Questions[random.Next(Questions.Length)];
            var vacancy = i % 2 == 1 && vacancyIds.Count > 0 ? vacancyIds[random.Next(vacancyIds.Count)] : null;
            queries.Add((text, vacancy));
        }

        return queries;
    }
}
