using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A study field named by the candidate in other words than the vacancy's (the degree title, French or English), a
/// programme given without its option, and another engineering programme: a yes only when the relation is certain,
/// a no only when the candidate's own words exclude the field, else need-info (invented fields and phrasings).
/// </summary>
public class FieldFamilyChecksTests
{
    private static string FieldOutcome(string required, string given) =>
        Assert.Single(RouteChecks.Evaluate(Route(DiplomaLevel.Master, field: required), new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = given }).Checks,
            c => c.Requirement == "diploma-field").Outcome;

    [Theory]
    [InlineData("sociaal werk (maatschappelijk werk, sociaal-cultureel werk, personeelswerk)", "maatschappelijk werk")]
    [InlineData("sociaal werk (maatschappelijk werk, sociaal-cultureel werk, personeelswerk)", "personeelswerk")]
    [InlineData("bedrijfsmanagement (accountancy-fiscaliteit, marketing of rechtspraktijk)", "marketing")]
    [InlineData("sciences humaines (psychologie, sociologie)", "sociologie")]
    public void Field_AMemberOfTheBracketedList_IsMet(string required, string given)
    {
        Assert.Equal("met", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("boekhouding", "accountancy-fiscaliteit")]
    [InlineData("boekhouding", "accounting")]
    [InlineData("boekhouding of fiscaliteit", "comptabilité")]
    public void Field_AccountancyInOtherWords_IsMet(string required, string given)
    {
        Assert.Equal("met", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("sociaal werk (maatschappelijk werk, personeelswerk)", "toegepaste informatica")]
    [InlineData("bedrijfsmanagement (accountancy-fiscaliteit, marketing)", "biomedische wetenschappen")]
    public void Field_OutsideTheBracketedList_IsNotMet(string required, string given)
    {
        Assert.NotEqual("met", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("ingenieurswetenschappen: elektrotechniek of elektromechanica", "burgerlijk ingenieur elektrotechniek")]
    [InlineData("ingenieurswetenschappen: elektrotechniek of elektromechanica", "ingénieur civil électricien")]
    [InlineData("ingenieurswetenschappen: werktuigkunde", "burgerlijk ingenieur mechanical")]
    [InlineData("industriële wetenschappen: chemie of biochemie", "industrieel ingenieur chemie")]
    [InlineData("industriële wetenschappen: elektromechanica", "ingénieur industriel en électromécanique")]
    public void Field_NamedByTheDegreeTitleOrInFrenchOrEnglish_IsMet(string required, string given)
    {
        Assert.Equal("met", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("industriële wetenschappen: elektrotechniek, elektromechanica of energie", "industriële wetenschappen")]
    [InlineData("ingenieurswetenschappen: bouwkunde", "burgerlijk ingenieur")]
    [InlineData("bedrijfskunde: logistiek", "bedrijfskunde")]
    public void Field_ProgrammeWithoutItsOption_IsUnknownNotAWrongNo(string required, string given)
    {
        Assert.Equal("unknown", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("industriële wetenschappen: elektrotechniek", "industriële wetenschappen chemie")]
    [InlineData("bedrijfskunde: logistiek", "bedrijfskunde marketing")]
    public void Field_ProgrammeWithAnotherOption_IsNotMet(string required, string given)
    {
        Assert.Equal("not-met", FieldOutcome(required, given));
    }

    [Theory]
    [InlineData("ingenieurswetenschappen: elektrotechniek", "industrieel ingenieur elektrotechniek")]
    [InlineData("ingenieurswetenschappen", "industrieel ingenieur bouwkunde")]
    [InlineData("industriële wetenschappen: chemie", "bio-ingenieur chemie")]
    public void Field_AnotherEngineeringProgramme_IsNeverMet(string required, string given)
    {
        Assert.NotEqual("met", FieldOutcome(required, given));
    }

    [Fact]
    public void Field_EitherProgrammeAccepted_MetByBoth()
    {
        const string Required = "ingenieurswetenschappen of industriële wetenschappen";

        Assert.Equal(("met", "met"), (FieldOutcome(Required, "industrieel ingenieur"), FieldOutcome(Required, "burgerlijk ingenieur")));
    }

    [Fact]
    public void Field_ListItemsWithTheirOwnOption_EachNarrowedByItsColon()
    {
        const string Required = "architectuur, de ingenieurswetenschappen: architectuur, de landmeetkunde of de geografie afstudeerrichting ruimtelijke ordening";

        Assert.Equal("met", FieldOutcome(Required, "geografie, afstudeerrichting ruimtelijke ordening"));
        Assert.Equal("met", FieldOutcome(Required, "landmeetkunde"));
        Assert.Equal("unknown", FieldOutcome(Required, "geografie"));
        Assert.Equal("not-met", FieldOutcome(Required, "geschiedenis"));
    }

    [Fact]
    public void Field_OtherProgrammeNamedInTheRouteSentence_MetByTheOption()
    {
        var route = Route(DiplomaLevel.Master, field: "ingenieurswetenschappen: landmeten") with
        {
            Citation = new Citation("v", "v.txt", "Diploma", "Je hebt een master in de ingenieurswetenschappen: landmeten, of een master in de industriële", 0, 10),
        };

        var result = RouteChecks.Evaluate(route, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = "industriële wetenschappen landmeten" });

        Assert.Equal("met", Assert.Single(result.Checks, c => c.Requirement == "diploma-field").Outcome);
    }
}
