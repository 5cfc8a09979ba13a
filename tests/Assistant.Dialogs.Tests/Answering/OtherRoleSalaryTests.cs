using Assistant.Core.Facts;
using Assistant.Dialogs.Answering.Composers;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>A salary question about another role than the vacancy's is not answered with the vacancy's range.</summary>
public sealed class OtherRoleSalaryTests
{
    [Theory]
    [InlineData(" hoeveel verdient het diensthoofd burgerzaken eigenlijk ", "Administratief deskundige burgerzaken", true)]
    [InlineData(" what does the head of department earn ", "Administratief deskundige burgerzaken", false)]
    [InlineData(" hoeveel verdient de directeur ", "Directeur vrije tijd", false)]
    [InlineData(" hoeveel verdient een leidinggevende ", "Teamleider onderhoud", false)]
    [InlineData(" hoeveel verdient een deskundige burgerzaken ", "Administratief deskundige burgerzaken", false)]
    public void Asks_Question_IsAboutAnotherRole(string folded, string title, bool expected)
    {
        var sut = new VacancyFacts { Id = "stad-x-vacature", Title = title };

        Assert.Equal(expected, OtherRoleSalary.Asks(folded, sut));
    }
}
