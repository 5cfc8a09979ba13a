using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

public sealed class BenefitRulesTests
{
    [Fact]
    public void Kinds_LineListingSeveralBenefits_NamesEveryKind()
    {
        var sut = BenefitRules.Kinds("30 vakantiedagen, glijdende uren en twee thuiswerkdagen per week");
        Assert.Equal(["leave-days", "telework", "flexible-hours"], sut);
    }

    [Fact]
    public void Find_LeaveAndTeleworkOnOneBullet_KeepsTheOtherKind()
    {
        var sut = TestKnowledge.FromText("Medewerker onthaal\n\nWat bieden we?\n\n- 30 vakantiedagen en plaatsonafhankelijk werken tot 2 dagen per week\n\nContact\n\nMail naar jobs@voorbeeld.example.");
        var benefit = Assert.Single(sut.Benefits, b => b.Kind == "leave-days");
        Assert.Contains("telework", benefit.OtherKinds);
    }
}
