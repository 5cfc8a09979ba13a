using Assistant.Procedures.Library;
using Assistant.Procedures.Lint;

namespace Assistant.Procedures.Tests.Lint;

public sealed class ProcedureLintTests
{
    [Fact]
    public void Check_TwoDocumentsWithDifferentTermsForALevel_IsInconsistent()
    {
        var regulation = GeneralLoader.FromText("reglement.md", Samples.Regulation);
        var note = GeneralLoader.FromText("nota.md", "# Nota\n\nArt. 2. De publicatietermijn bedraagt minstens 30 kalenderdagen voor niveau A.");

        var sut = ProcedureLint.Check(new ProcedureLibrary([regulation, note], []));

        var finding = Assert.Single(sut);
        Assert.Equal(("inconsistent", "publication/A"), (finding.Severity, finding.Field));
        Assert.Contains("nota.md", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConsistentDocuments_FindNothing() =>
        Assert.Empty(ProcedureLint.Check(Samples.Library()));

    [Fact]
    public void Check_LoadError_IsReported() =>
        Assert.Equal("error", Assert.Single(ProcedureLint.Check(new ProcedureLibrary([], [new GeneralLoadError("x.md", "bad")]))).Severity);
}
