using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// A question about how many candidates go on is answered by the rule that only the best-ranked N do; a question about what
/// one named test asks quotes that test's passage with the list under it (distances, times), in nl, en and fr.
/// </summary>
public sealed class Num21ProcedureAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public Num21ProcedureAnswersTests()
    {
        _vacancies.Write("gemeente-ooststrand-redder", """
            Gemeente Ooststrand

            Redder zeebad (m/v/x)

            Jouw opdracht
            - Je waakt over de zwemmers op het strand.

            Selectie
            - Zwemproef: zaterdag 6 maart 2027 (geslaagd / niet geslaagd).
            - Gesprek: in de week van 15 maart 2027.

            Over de zwemproef: je zwemt 300 meter in maximaal 7 minuten en haalt een pop op van 3 meter diep.

            Solliciteren
            Externe kandidaten bezorgen hun cv tot en met 15 februari 2027 via www.ooststrand.be.
            Interne kandidaten stellen zich kandidaat uiterlijk op 1 februari 2027 bij de personeelsdienst.
            Vragen? Bel Jan Peeters, 050 44 55 66.
            """);
        WriteBeekveld();
    }

    [Theory]
    [InlineData("Wat moet ik kunnen voor de zwemproef bij de redder in Ooststrand?")]
    [InlineData("What is the swimming test for the redder job in Ooststrand like? How far do I swim?")]
    public async Task WhatATestAsks_AlsoQuotesTheSentenceElsewhereThatSaysIt(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("procedure", answer.Intent);
        Assert.Contains("300 meter", answer.Text, StringComparison.Ordinal);
    }

    private void WriteBeekveld() => _vacancies.Write("gemeente-beekveld-brandweerman", """
        Gemeente Beekveld

        Brandweerman (m/v/x)

        Jouw opdracht
        - Je rukt uit bij branden en ongevallen.

        Selectie
        1. Conditieproef op zaterdag 6 februari 2027:
        - 1.000 meter lopen in maximaal 5 minuten;
        - 20 opdrukkingen zonder pauze;
        - een ladder van 12 meter beklimmen.
        2. Schriftelijke proef op 50 punten.
        3. Gesprek op 50 punten.
        Alleen de 12 hoogst gerangschikten na de schriftelijke proef worden uitgenodigd voor het gesprek.

        Solliciteren
        Bezorg je cv tot en met 15 januari 2027 via www.beekveld.be.
        Vragen? Bel Els Peeters, 011 44 55 66.
        """);

    public void Dispose() => _vacancies.Dispose();

    [Theory]
    [InlineData("Hoeveel kandidaten mogen er naar het gesprek bij de brandweerman in Beekveld?")]
    [InlineData("Komt iedereen door naar het gesprek voor brandweerman in Beekveld?")]
    [InlineData("How many candidates are invited to the interview for the brandweerman job in Beekveld?")]
    [InlineData("Combien de candidats passent à l'entretien pour le poste de brandweerman à Beekveld ?")]
    public async Task HowManyGoOn_GivesTheRankRule(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("procedure", answer.Intent);
        Assert.Contains("12", answer.Text, StringComparison.Ordinal);
        Assert.Contains("hoogst gerangschikten", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat moet je doen op de conditieproef voor brandweerman in Beekveld?")]
    [InlineData("What do I have to do in the physical test for the brandweerman job in Beekveld? How fast must I be?")]
    [InlineData("En quoi consiste l'épreuve physique pour le poste de brandweerman à Beekveld ?")]
    public async Task WhatATestAsks_QuotesItsListOfExercises(string question)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("procedure", answer.Intent);
        Assert.Contains("5 minuten", answer.Text, StringComparison.Ordinal);
        Assert.Contains("20 opdrukkingen", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ik werk bij de gemeente. Tot wanneer kan ik me intern kandidaat stellen als redder in Ooststrand?", "1 februari 2027")]
    [InlineData("Tot wanneer kan ik solliciteren als redder in Ooststrand?", "15 februari 2027")]
    [InlineData("Until when can internal candidates apply for the redder job in Ooststrand?", "1 February 2027")]
    public async Task SeparateInternalDeadline_IsGivenToStaffOnly(string question, string date)
    {
        var answer = await _vacancies.AskAsync(question);

        Assert.Equal("deadline", answer.Intent);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
    }
}
