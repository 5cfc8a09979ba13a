using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirement shapes of session 23 (issue 9): the field of a graduaat written as "(HBO5 X)", an interview on the experience
/// that admits a route "gelijkwaardig door ervaring", a certificate named as a list of accepted names after a colon.
/// Invented sentences.
/// </summary>
public sealed class Requirement23Tests
{
    [Theory]
    [InlineData("- een diploma van gegradueerde verpleegkundige (HBO5 verpleegkunde).", "verpleegkunde")]
    [InlineData("- een diploma van gegradueerde in de boekhouding (HBO5 boekhouden).", "boekhouding")]
    public void Extract_GraduateRoute_ReadsTheFieldFromHbo5(string line, string field)
    {
        var sut = TestKnowledge.FromText("Verpleegkundige (BV1)\n\nToelatingsvoorwaarden\n\n" + line + "\n");

        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Graduate, route.Diploma);
        Assert.Contains(field, route.DiplomaField ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ervaringsgesprek")]
    [InlineData("ervaringstoets")]
    public void Extract_RouteByExperience_WithAnInterviewOnIt_HasThatTest(string test)
    {
        var sut = TestKnowledge.FromText("Adviseur (A1a)\n\nDiplomavereisten\n\n"
            + "Je hebt een masterdiploma.\n\nHeb je geen master? Dan kan je toch deelnemen als je een bachelordiploma hebt en minstens 5 jaar relevante ervaring. "
            + "Je deelname is dan gelijkwaardig door ervaring: tijdens een " + test + " toetst een jury je ervaring.\n");

        var route = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
        Assert.Contains(route.Alternative, a => a.Kind == "test" && a.Name.Contains(test, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_CertificateWithAListOfNames_IsOneRequirementWithEveryName()
    {
        var sut = TestKnowledge.FromText("Redder (D1)\n\nVoorwaarden\n\n"
            + "- Je hebt een diploma secundair onderwijs.\n- Je hebt een geldig reddersbrevet: Redder Zwembaden of Hoger Redder, of een Brevet de Sauveteur Aquatique (BSA).\n");

        var certificate = Assert.Single(sut.Requirements.General, g => g.Kind == "certificate");
        Assert.Contains("Redder Zwembaden", certificate.Value, StringComparison.Ordinal);
        Assert.Contains("Hoger Redder", certificate.Value, StringComparison.Ordinal);
        Assert.Contains("BSA", certificate.Value, StringComparison.Ordinal);
    }
}
