using Assistant.Dialogs.Tests.Support;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Wrong "eligible" classes found by probing invented vacancies (session 31, routes): where no heading names the requirements
/// (a question as the only heading, or none at all) the sentences beside the diploma sentence (years of experience, a
/// certificate) were never read, so a candidate who lacked them got a yes; and a window of recent experience written as
/// "niet ouder dan N jaar" was not read. Each keeps its honest yes.
/// </summary>
public sealed class WrongYesProbe32bTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly TextVacancies _vacancies = new(Now);

    public WrongYesProbe32bTests()
    {
        _vacancies.Write("stad-zwevegem-archivaris", """
            Stad Zwevegem werft aan: archivaris (A1a-A3a)

            Ben jij onze nieuwe archivaris?
            Je behaalde een master, bij voorkeur in de geschiedenis. Daarnaast heb je een getuigschrift archivistiek.
            Je hebt minstens 2 jaar ervaring in een archief.

            Reageer tegen 31 januari 2027 via hr@zwevegem.example.
            """);
        _vacancies.Write("gemeente-moorslede-conservator", """
            Gemeente Moorslede – conservator museum (A1a-A3a)

            Ben jij de collega die we zoeken?
            Je bent houder van een masterdiploma.
            Je hebt minstens 3 jaar ervaring in een museum.

            Solliciteer tot en met 31 januari 2027 via jobs@moorslede.example.
            """);
        _vacancies.Write("ocmw-staden-begeleider", """
            OCMW Staden – woonbegeleider (C1-C3)

            Profiel
            Je hebt een diploma secundair onderwijs en minstens 3 jaar ervaring als begeleider, niet ouder dan 4 jaar.

            Solliciteer tot en met 31 januari 2027 via jobs@staden.example.
            """);
    }

    [Theory]
    [InlineData("Ik heb een master geschiedenis en 3 jaar ervaring in een archief, maar geen getuigschrift archivistiek. Kan ik archivaris worden in Zwevegem?")]
    [InlineData("Ik heb een master geschiedenis en een getuigschrift archivistiek, maar maar 1 jaar ervaring in een archief. Kan ik archivaris worden in Zwevegem?")]
    [InlineData("Ik heb een master en 1 jaar ervaring in een museum. Kan ik conservator worden in Moorslede?")]
    [InlineData("I have a master's degree and one year of experience in a museum. Can I become curator in Moorslede?")]
    public async Task ASentenceBesideTheDiplomaUnderNoRequirementHeading_IsNoYes(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een master en 5 jaar ervaring in een museum. Kan ik conservator worden in Moorslede?")]
    [InlineData("Ik heb een diploma secundair onderwijs en werk sinds 2021 als begeleider. Kan ik woonbegeleider worden in Staden?")]
    public async Task EveryConditionMet_IsAYes(string question)
    {
        Assert.Equal("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    [Theory]
    [InlineData("Ik heb een diploma secundair onderwijs en werkte 4 jaar als begeleider, van 2012 tot 2016. Kan ik woonbegeleider worden in Staden?")]
    [InlineData("I have a secondary school diploma and worked 5 years as a support worker, from 2010 to 2015. Can I become a support worker in Staden?")]
    public async Task ExperienceOlderThanTheWindow_IsNoYes(string question)
    {
        Assert.NotEqual("eligible", (await _vacancies.AskAsync(question)).Verdict);
    }

    public void Dispose() => _vacancies.Dispose();
}
