using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A criterion table right below the title, with no requirement heading ("| Diploma | professionele bachelor in … |"): its
/// rows say by their label that they are requirements. Before, nothing was read and every candidate heard that the vacancy
/// states no requirement (found by probing, session 30; invented texts).
/// </summary>
public sealed class CriterionRowsTests
{
    [Theory]
    [InlineData("# Intercommunale X zoekt een boekhouder (B1-B3)\n\n| Criterium | Vereiste |\n|---|---|\n| Diploma | professionele bachelor in boekhouden of accountancy-fiscaliteit |\n| Ervaring | minstens 3 jaar ervaring in boekhouding |\n")]
    [InlineData("# Boekhouder (B1-B3)\n\nDiploma: professionele bachelor in boekhouden of accountancy-fiscaliteit\nErvaring: minstens 3 jaar ervaring in boekhouding\n")]
    [InlineData("# Accountant (B1-B3)\n\n| What | Required |\n|---|---|\n| Degree | een professionele bachelor in boekhouden |\n| Experience | minstens 3 jaar ervaring in boekhouding |\n")]
    public void Extract_LabelledRequirementRowsWithoutAHeading_AreRead(string markdown)
    {
        var sut = TestKnowledge.FromMarkdown(markdown);

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((DiplomaLevel.Bachelor, 3m), (route.Diploma, route.MinExperienceYears));
    }
}
