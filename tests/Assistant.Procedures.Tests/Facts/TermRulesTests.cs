using Assistant.Procedures.Facts;

namespace Assistant.Procedures.Tests.Facts;

public sealed class TermRulesTests
{
    [Fact]
    public void Extract_TermsPerLevel_PairEachDurationWithItsLevels()
    {
        var facts = Samples.Library().Facts;

        var publication = facts.Terms.Where(t => t.Term.Kind == "publication").Select(t => (t.Term.Level, t.Term.Duration.Amount, t.Term.Duration.Unit)).ToList();
        var probation = facts.Terms.Where(t => t.Term.Kind == "probation").Select(t => (t.Term.Level, t.Term.Duration.Amount, t.Term.Duration.Unit)).ToList();

        Assert.Equal([("C", 10, "day"), ("A", 20, "day")], publication);
        Assert.Equal([("C", 4, "month"), ("A", 8, "month")], probation);
    }

    [Fact]
    public void Extract_CountingRules_AreReadFromTheSameArticle()
    {
        var facts = Samples.Library().Facts;

        var publication = facts.Terms.First(t => t.Term.Kind == "publication").Rule;
        var probation = facts.Terms.First(t => t.Term.Kind == "probation").Rule;
        var reserve = facts.Terms.First(t => t.Term.Kind == "reserve").Rule;

        Assert.Equal((false, true, true), (publication.StartsSameDay, publication.ShiftToWorkday, publication.ClosingDays));
        Assert.Equal("end-of-month", probation.End);
        Assert.Equal("day-before", reserve.End);
    }

    [Fact]
    public void Extract_ReserveExtension_GivesTimesAmountAndAuthority()
    {
        var extension = Assert.Single(Samples.Library().Facts.Extensions);

        Assert.Equal((2, 6, "month", "De raad"), (extension.Times, extension.Amount!.Amount, extension.Amount.Unit, extension.Authority));
        Assert.Null(extension.MaxTotal);
    }

    [Fact]
    public void Extract_ClosingDaysTable_GivesItsDates()
    {
        var days = Samples.Library().Facts.ClosingDays.Select(d => d.Date).ToList();

        Assert.Equal([new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 5)], days);
    }

    [Theory]
    [InlineData("De kandidaten worden minstens vijf dagen voor de proef uitgenodigd.", "invitation")]
    [InlineData("De gegevens worden twee jaar bewaard.", "retention")]
    [InlineData("De uitslag wordt binnen tien dagen na de proef meegedeeld.", "notification")]
    [InlineData("De proeftijd duurt een jaar.", "probation")]
    [InlineData("Afwezigheden verlengen de proeftijd.", null)]
    [InlineData("De jury telt vijf leden.", null)]
    public void KindOf_Sentence_GivesTheTermItSets(string sentence, string? expected) =>
        Assert.Equal(expected, TermRules.KindOf(Assistant.Procedures.Search.TermText.Fold(sentence)));

    [Theory]
    [InlineData("voor de niveaus B, C en D", "B,C,D")]
    [InlineData("voor niveau C tot en met E", "C,D,E")]
    [InlineData("voor een A-niveau", "A")]
    [InlineData("voor alle functies", "")]
    public void Levels_Clause_GivesTheNamedLevels(string clause, string expected) =>
        Assert.Equal(expected, string.Join(',', TermRules.Levels(clause)));

    [Fact]
    public void FindAll_WordsAndBounds_AreRead()
    {
        var sut = Duration.FindAll("ten minste drie weken, hoogstens 12 maanden of anderhalf jaar");

        Assert.Equal([(3, "week", "min"), (12, "month", "max"), (18, "month", (string?)null)], sut.Select(d => (d.Amount, d.Unit, d.Bound)));
    }
}
