using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>A vacancy named by a place of work or an alias that only its heading or letterhead line gives.</summary>
public sealed class QuestionAnalyzerHeadingTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("stad-voorbeek-zaalwachter", "Stad Voorbeek", "Zaalwachter", "Voorbeek", "Zaalwachter – Cultuurcentrum De Lichtkamer"),
        new VacancyRef("ocmw-achterbeek-maatschappelijk-werker", "OCMW Achterbeek", "Maatschappelijk werker", "Achterbeek", "OCMW Achterbeek – Welzijnshuis Zonnegloed"),
        new VacancyRef("gemeente-middelbeek-medewerker", "Gemeente Middelbeek", "Medewerker", "Middelbeek", "Medewerker (niveau C) – voltijds"),
        new VacancyRef("provincie-oosterveld-analist", "Provincie Oosterveld", "Analist", "Oosterveld", "Provincie Oosterveld – Departement Omgeving, Dienst Kaartbeheer"),
        new VacancyRef("zone-westerzand-preventieadviseur", "Hulpverleningszone Westerzand", "Preventieadviseur", null, null, Names: "Duinkerkhove De Uitkijk"),
        new VacancyRef("academie-lindeveld-leraar-piano", "Gemeente Lindeveld", "Leraar piano", "Lindeveld", "VACATURE LERAAR PIANO – 6/22 – TIJDELIJKE VERVANGING"),
        new VacancyRef("ocmw-rozendaal-begeleider", "OCMW Rozendaal", "Begeleider", "Rozendaal", "Begeleider · OCMW Rozendaal"),
    ]);

    [Theory]
    [InlineData("is dat een vaste job in Rozendaal of tijdelijk?")]
    [InlineData("Is de vervanging in Rozendaal voltijds?")]
    public void Analyze_WordOfAHeadingInCapitals_NamesNoVacancyBesideTheOneNamed(string text)
    {
        Assert.Equal(["ocmw-rozendaal-begeleider"], Analyzer.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("Wat verdien je in De Lichtkamer?", "stad-voorbeek-zaalwachter")]
    [InlineData("Tot wanneer kan ik solliciteren bij Zonnegloed?", "ocmw-achterbeek-maatschappelijk-werker")]
    public void Analyze_NameFromTheHeadingLine_FindsTheVacancy(string text, string id)
    {
        Assert.Equal([id], Analyzer.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("Is er een douche in de kazerne van Duinkerkhove?")]
    [InlineData("Mag ik parkeren aan De Uitkijk?")]
    public void Analyze_PlaceNamedInTheDocuments_FindsTheVacancy(string text)
    {
        Assert.Equal(["zone-westerzand-preventieadviseur"], Analyzer.Analyze(text).VacancyIds);
    }

    [Theory]
    [InlineData("hoeveel mensen werken er op de dienst in Middelbeek?")]
    [InlineData("Wat is het loon bij de dienst burgerzaken van Middelbeek?")]
    [InlineData("How many people work in the service at Middelbeek?")]
    public void Analyze_CommonNounOfAnotherHeading_DoesNotNameThatVacancyToo(string text)
    {
        Assert.Equal(["gemeente-middelbeek-medewerker"], Analyzer.Analyze(text).VacancyIds);
    }

    [Fact]
    public void Analyze_ProperNameAfterACommonNounOfAHeading_StillNamesTheVacancy()
    {
        Assert.Equal(["provincie-oosterveld-analist"], Analyzer.Analyze("Werk je bij Kaartbeheer ook op zaterdag?").VacancyIds);
    }

    [Fact]
    public void Analyze_LowerCaseWordOfAHeading_DoesNotNameTheVacancy()
    {
        Assert.Empty(Analyzer.Analyze("Ik werk voltijds in niveau C, kan ik solliciteren?").VacancyIds);
    }

    private static readonly QuestionAnalyzer JobsInFrench = new(
    [
        new VacancyRef("ocmw-zuidveld-maatschappelijk-werker", "OCMW Zuidveld", "Maatschappelijk werker", "Zuidveld", null),
        new VacancyRef("gemeente-noordveld-technieker-wegen", "Gemeente Noordveld", "Technieker wegen", "Noordveld", null),
        new VacancyRef("gemeente-noordveld-boekhouder", "Gemeente Noordveld", "Boekhouder", "Noordveld", null),
    ]);

    [Theory]
    [InlineData("Quel est le salaire pour le poste d'assistant social ?", "ocmw-zuidveld-maatschappelijk-werker")]
    [InlineData("What does the social worker earn?", "ocmw-zuidveld-maatschappelijk-werker")]
    [InlineData("Jusqu'à quand puis-je postuler pour l'offre de technicien ?", "gemeente-noordveld-technieker-wegen")]
    [InlineData("Is there a deadline for the technician job?", "gemeente-noordveld-technieker-wegen")]
    public void Analyze_JobNamedInFrenchOrEnglish_FindsTheDutchTitle(string text, string id) =>
        Assert.Equal([id], JobsInFrench.Analyze(text).VacancyIds);
}
