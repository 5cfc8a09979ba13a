using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Lookups;

public class LookupToolTests
{
    private static readonly VacancyFacts WithBenefits = new()
    {
        Id = VacancyId,
        Benefits =
        [
            new Benefit { Text = "Maaltijdcheques van € 8", Kind = "meal-vouchers", Amount = 8, Unit = "eur-per-day", Citation = Cite() },
            new Benefit { Text = "Fietsvergoeding", Kind = "bike", Citation = Cite() },
            new Benefit { Text = "Fietslease", Kind = "bike", Citation = Cite() },
        ],
    };

    private static Contact Contact(string? name, params string[] topics) => new() { Name = name, Email = (name ?? "info") + "@example.be", Topics = topics, Citation = Cite() };

    private static VacancyFacts WithContacts(params Contact[] contacts) => new() { Id = VacancyId, Contacts = contacts };

    [Fact]
    public void Benefits_OfAKind_AreOnlyThatKind()
    {
        var result = LookupTool.Benefits(WithBenefits, "bike");

        Assert.Equal(["Fietsvergoeding", "Fietslease"], result.Select(b => b.Text));
    }

    [Fact]
    public void Benefits_NoKind_AreAll()
    {
        Assert.Equal(3, LookupTool.Benefits(WithBenefits, null).Count);
    }

    [Fact]
    public void Benefits_KindNotOffered_IsEmpty()
    {
        Assert.Empty(LookupTool.Benefits(WithBenefits, "eco-vouchers"));
    }

    [Fact]
    public void ContactFor_TopicNamed_GivesThatContact()
    {
        var sut = WithContacts(Contact("Philip", "content"), Contact("Birgit", "procedure", "salary", "benefits"));

        Assert.Equal("Birgit", LookupTool.ContactFor(sut, "salary")!.Name);
        Assert.Equal("Philip", LookupTool.ContactFor(sut, "content")!.Name);
    }

    [Fact]
    public void ContactFor_TopicNotNamed_FallsBackToTheNamedProcedureContact()
    {
        var sut = WithContacts(Contact(null, "salary"), Contact("Charlotte", "procedure"));

        Assert.Equal("Charlotte", LookupTool.ContactFor(sut, "benefits")!.Name);
    }

    [Fact]
    public void ContactFor_NoProcedureContact_FallsBackToGeneralOrApplication()
    {
        var sut = WithContacts(Contact("Inhoud", "content"), Contact("Sollicitaties", "application"));

        Assert.Equal("Sollicitaties", LookupTool.ContactFor(sut, "salary")!.Name);
    }

    [Fact]
    public void ContactFor_OnlyASalaryContact_IsUsedForAnyTopic()
    {
        var sut = WithContacts(Contact("Inhoud", "content"), Contact(null, "salary"));

        Assert.Null(LookupTool.ContactFor(sut, "procedure")!.Name);
    }

    [Fact]
    public void ContactFor_NoTopicMatchAtAll_GivesTheFirst()
    {
        var sut = WithContacts(Contact("Eerste", "content"), Contact("Tweede", "content"));

        Assert.Equal("Eerste", LookupTool.ContactFor(sut, null)!.Name);
    }

    [Fact]
    public void ContactFor_NoContacts_IsNull()
    {
        Assert.Null(LookupTool.ContactFor(WithContacts(), "salary"));
    }

    [Fact]
    public void ContactsFor_Topic_GivesEveryMatchOrAll()
    {
        var sut = WithContacts(Contact("A", "content"), Contact("B", "salary"), Contact("C", "salary"));

        Assert.Equal(["B", "C"], LookupTool.ContactsFor(sut, "salary").Select(c => c.Name));
        Assert.Equal(3, LookupTool.ContactsFor(sut, "benefits").Count);
        Assert.Equal(3, LookupTool.ContactsFor(sut, null).Count);
    }
}
