using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirements nobody tuned on (elig12): a student job's conditions (being a student, a minimum number of weeks) and a
/// field list closed by a diploma named by its holder's title. Invented sentences.
/// </summary>
public sealed class Elig12RequirementTests
{
    [Fact]
    public void Extract_StudentJobConditions_AreStudentAndMinWeeks()
    {
        var sut = TestKnowledge.FromText("Vakantiejob zwembad\n\nWie zoeken we?\n\n- Je bent minstens 16 jaar.\n- Je bent student en je studeert volgend schooljaar verder.\n"
            + "- Je bent beschikbaar voor minstens 4 opeenvolgende weken.\n\nWat bieden we?\n\n- Een studentencontract.\n");

        Assert.Contains(sut.Requirements.General, g => g.Kind == "student");
        Assert.Contains(sut.Requirements.General, g => g.Kind == "min-weeks" && g.Value == "4");
    }

    [Fact]
    public void Extract_StudentsAmongOthers_IsNoStudentCondition()
    {
        var sut = TestKnowledge.FromText("Vakantiejob zwembad\n\nWie zoeken we?\n\n- Je bent student of werkzoekende.\n\nWat bieden we?\n\n- Een contract.\n");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "student");
    }

    [Fact]
    public void Extract_FieldListClosedByAnEngineersDiploma_KeepsEveryField()
    {
        var sut = TestKnowledge.FromText("Attaché analist\n\nProfiel\n\n- Je bent houder van een masterdiploma in de chemie, de biologie, de geologie of van een diploma van (burgerlijk of bio-)ingenieur.\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Master, route.Diploma);
        Assert.Equal("chemie, biologie, geologie of burgerlijk ingenieur of bio-ingenieur", route.DiplomaField);
    }
}
