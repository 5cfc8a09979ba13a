using Assistant.Knowledge.Lint;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Lines that speak of a fact but yield none are reported as "unparsed" (and so listed by lint).</summary>
public sealed class UnparsedNotesTests
{
    [Theory]
    [InlineData("De uiterste inschrijvingsdatum wordt later meegedeeld.")]
    [InlineData("Solliciteer ten laatste op de dertigste van volgende maand.")]
    [InlineData("Deadline: eind februari")]
    public void Collect_DeadlineWordsWithoutDate_AreUnparsed(string sentence)
    {
        var sut = VacancyLinter.Check(TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}"), []);
        Assert.Contains(sut, f => f.Severity == "unparsed" && f.Field == "applicationDeadline" && f.Citation?.Quote == sentence);
        Assert.Contains(sut, f => f.Severity == "missing" && f.Field == "applicationDeadline");
    }

    [Theory]
    [InlineData("Solliciteren kan tot en met 31/02/2027.", "31/02/2027")]
    [InlineData("Solliciteren kan tot en met 31 februari 2027.", "31 februari")]
    public void Collect_InvalidDate_IsUnparsed(string sentence, string shown)
    {
        var sut = TestKnowledge.FromText($"Boekhouder\n\nSolliciteren\n\n{sentence}");
        Assert.Contains(sut.Notes, n => n.Severity == "unparsed" && n.Field == "date" && n.Message.Contains(shown, StringComparison.Ordinal));
    }

    [Fact]
    public void Collect_DeadlineTimeThatCannotBeRead_IsUnparsed()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nSolliciteren\n\nSolliciteren kan tot en met 9 maart 2027 om kwart voor twaalf 's middags.");
        Assert.NotNull(sut.ApplicationDeadline);
        Assert.Null(sut.ApplicationDeadline!.Time);
        Assert.Contains(sut.Notes, n => n.Severity == "unparsed" && n.Field == "applicationDeadline.time");
    }

    [Fact]
    public void Collect_ScaleSalaryAndFractionThatCannotBeRead_AreUnparsed()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nAanbod\n\n- Salarisschaal volgens de rechtspositieregeling (niveau B).\n- Bruto maandloon 3.123,45 afhankelijk van je ervaring; vraag een simulatie.\n- Een deeltijdse job, af te spreken.");
        var fields = VacancyLinter.Check(sut, []).Where(f => f.Severity == "unparsed").Select(f => f.Field).ToList();
        Assert.Contains("scale", fields);
        Assert.Contains("regime.fraction", fields);
    }

    [Fact]
    public void Collect_SalaryWithoutEuroOutsideATable_IsUnparsed()
    {
        var sut = TestKnowledge.FromText("Boekhouder\n\nProfiel\n\nJe verdient een maandloon van ongeveer 3.123,45 bruto.");
        Assert.Null(sut.Salary);
        Assert.Contains(sut.Notes, n => n.Severity == "unparsed" && n.Field == "salary");
    }

    [Fact]
    public void Collect_ContinuousRecruitment_ReportsNoUnparsedDeadline()
    {
        var sut = VacancyLinter.Check(TestKnowledge.FromText("Boekhouder\n\nSolliciteren\n\nEr is geen uiterste inschrijvingsdatum: we werven doorlopend aan."), []);
        Assert.DoesNotContain(sut, f => f.Field == "applicationDeadline");
    }

    [Fact]
    public void Collect_SeedVacancies_HaveNoUnparsedNotes()
    {
        foreach (var vacancy in TestKnowledge.SeedSnapshot.Vacancies)
        {
            Assert.DoesNotContain(vacancy.Facts.Notes, n => n.Severity == "unparsed");
        }
    }
}
