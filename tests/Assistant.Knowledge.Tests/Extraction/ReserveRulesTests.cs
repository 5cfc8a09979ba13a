namespace Assistant.Knowledge.Tests.Extraction;

public sealed class ReserveRulesTests
{
    [Theory]
    [InlineData("De wervingsreserve is 1 jaar geldig, verlengbaar tot 3 jaar.", 1, 3)]
    [InlineData("Je komt in een wervingsreserve van twee jaar die eenmaal met twee jaar kan worden verlengd.", 2, 4)]
    [InlineData("De wervingsreserve is 2 jaar geldig.", 2, null)]
    [InlineData("Met de geslaagden leggen we een wervingsreserve aan. Die is 2 jaar geldig en kan één keer met 1 jaar verlengd worden.", 2, 3)]
    [InlineData("Wie slaagt, komt in een wervingsreserve. Deze blijft drie jaar geldig.", 3, null)]
    [InlineData("Er wordt een werfreserve aangelegd. Ze is 1 jaar geldig, verlengbaar tot 2 jaar.", 1, 2)]
    [InlineData("De laureaten komen in een wervingsreserve die 1 jaar geldig is. Het college kan ze twee keer met 1 jaar verlengen (in totaal dus maximaal 3 jaar).", 1, 3)]
    [InlineData("De wervingsreserve geldt voor een jaar en is tweemaal verlengbaar met telkens een jaar.", 1, 3)]
    [InlineData("Er wordt een wervingsreserve aangelegd van 2 jaar; die kan 2 maal met een jaar verlengd worden.", 2, 4)]
    [InlineData("De reservelijst blijft één jaar geldig en is verlengbaar met telkens één jaar, tot maximaal drie jaar in totaal.", 1, 3)]
    [InlineData("Met de geslaagden leggen we een wervingsreserve aan. Ze is 1 jaar geldig en kan telkens met een jaar verlengd worden, tot maximaal 3 jaar.", 1, 3)]
    [InlineData("De wervingsreserve blijft 2 jaar geldig. Verlenging is mogelijk, maar nooit langer dan 4 jaar.", 2, 4)]
    [InlineData("De wervingsreserve geldt 1 jaar en kan verlengd worden (max. 3 jaar).", 1, 3)]
    [InlineData("De wervingsreserve is 1 jaar geldig en kan verlengd worden met maximaal 2 jaar.", 1, 3)]
    [InlineData("De lijst van laureaten blijft 1 jaar geldig.", 1, null)]
    public void Find_ValidityAndExtension_GiveTheLongestTotal(string sentence, int years, int? longest)
    {
        var sut = TestKnowledge.FromText($"Tuinier\n\nSelectie\n\n{sentence}").Reserve!;
        Assert.Equal(((decimal)years, (decimal?)longest), (sut.ValidityYears!.Value, sut.ExtendableToYears));
    }

    [Theory]
    [InlineData("De wervingsreserve is 2 jaar geldig en kan één keer met 1 jaar verlengd worden.", 1)]
    [InlineData("De wervingsreserve geldt voor een jaar en is tweemaal verlengbaar met telkens een jaar.", 1)]
    [InlineData("Je komt in een wervingsreserve van twee jaar die eenmaal met twee jaar kan worden verlengd.", 2)]
    [InlineData("De wervingsreserve is 1 jaar geldig, verlengbaar tot 3 jaar.", null)]
    public void Find_OneExtension_GivesItsLength(string sentence, int? step)
    {
        var sut = TestKnowledge.FromText($"Tuinier\n\nSelectie\n\n{sentence}").Reserve!;
        Assert.Equal((decimal?)step, sut.ExtensionYears);
    }
}
