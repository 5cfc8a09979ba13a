using Assistant.Core.Facts;
using Assistant.Tools.Lookups;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Comparisons across the seed vacancies.</summary>
public sealed class VacancyListAnswersTests
{
    [Theory]
    [InlineData("Welke vacature betaalt het best voor een bachelor?", DiplomaLevel.Bachelor)]
    [InlineData("Which job pays best for a master's degree?", DiplomaLevel.Master)]
    public async Task BestPaidForALevel_ListsOnlyVacanciesOfThatLevelEachWithItsSource(string question, DiplomaLevel level)
    {
        var sut = await new Conversation().Says(question);

        Assert.Equal("vacancies", sut.Intent);
        var expected = Conversation.Knowledge.Vacancies.Where(v => v.Facts.Salary is not null && ComparisonTool.LevelOf(v.Facts) == level).Select(v => v.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, sut.VacancyIds.ToHashSet());
        Assert.Equal(expected.Count, sut.Citations.Select(c => c.VacancyId).Distinct().Count());
    }

    [Fact]
    public async Task BestPaid_NoLevel_ListsEveryVacancyWithASalary()
    {
        var sut = await new Conversation().Says("Welke vacature betaalt het best?");

        Assert.Equal(Conversation.Knowledge.Vacancies.Count(v => v.Facts.Salary is not null), sut.VacancyIds.Count);
    }

    [Fact]
    public async Task WhichClosesFirst_WhenNoneClosesWithinAWeek_ListsTheOpenOnesFirstToCloseFirst()
    {
        var facts = Conversation.Knowledge.Vacancies.Select(v => v.Facts).ToList();
        var earliest = facts.Select(f => Assistant.Tools.Deadlines.DeadlineTool.Evaluate(f, DateTimeOffset.MinValue.AddYears(2000)).ClosesAt)
            .Where(c => c is not null).Min()!.Value;
        var now = earliest.AddDays(-20);
        var first = ComparisonTool.Open(facts, now)[0].Facts.Id;

        var sut = await new Conversation(now).Says("Welke vacature sluit als eerste af?");

        Assert.Equal("vacancies", sut.Intent);
        Assert.Equal(first, sut.VacancyIds[0]);
        Assert.Equal(ComparisonTool.Open(facts, now).Count, sut.VacancyIds.Count);
    }

    [Theory]
    [InlineData("Which pays more at the start: the communication expert in Harelbeke or the management assistant in Kortrijk?")]
    [InlineData("Où gagne-t-on le plus : à Harelbeke ou à Kortrijk ?")]
    [InlineData("Wat verdient het meest aan het einde van de loopbaan: Harelbeke of Kortrijk?")]
    public async Task PayComparedBetweenTwoNamedVacancies_RanksOnlyThoseTwo(string question)
    {
        var sut = await new Conversation().Says(question);

        Assert.Equal("vacancies", sut.Intent);
        Assert.Equal(2, sut.VacancyIds.Count);
        Assert.Contains(sut.VacancyIds, id => id.Contains("harelbeke", StringComparison.Ordinal));
        Assert.Contains(sut.VacancyIds, id => id.Contains("kortrijk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhichClosesLast_ListsTheOpenOnesLastToCloseFirst()
    {
        var facts = Conversation.Knowledge.Vacancies.Select(v => v.Facts).ToList();
        var earliest = facts.Select(f => Assistant.Tools.Deadlines.DeadlineTool.Evaluate(f, DateTimeOffset.MinValue.AddYears(2000)).ClosesAt)
            .Where(c => c is not null).Min()!.Value;
        var now = earliest.AddDays(-20);
        var open = ComparisonTool.Open(facts, now).Where(s => s.Deadline.LastDay is not null).ToList();

        var sut = await new Conversation(now).Says("Welke vacature sluit als laatste af?");

        Assert.Equal("vacancies", sut.Intent);
        Assert.Equal(open.MaxBy(s => s.Deadline.LastDay)!.Facts.Id, sut.VacancyIds[0]);
    }
}
