using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>
/// English and French questions name a vacancy whose Dutch title is a compound by covering its parts ("gestionnaire de
/// dossiers" → "dossierbehandelaar", "truck driver" → "vrachtwagenchauffeur"); a short title head ("attaché") names
/// the job; one part alone names nothing; two vacancies the words fit equally well stay ambiguous. Invented vacancies.
/// </summary>
public sealed class QuestionAnalyzerCompoundPartsTests
{
    private static readonly QuestionAnalyzer Analyzer = new(
    [
        new VacancyRef("noordveld-dossierbehandelaar", "Agentschap Wonen Noordveld", "Dossierbehandelaar fietssubsidies", "Noordveld"),
        new VacancyRef("zuidmeer-vrachtwagenchauffeur", "Intercommunale Zuidmeer", "Vrachtwagenchauffeur afvalophaling", "Zuidmeer"),
        new VacancyRef("fdx-attache-noodplanning", "Federale Dienst Xanterplan", "Attaché noodplanning", "Brussel"),
        new VacancyRef("verlo-woonconsulent", "Stad Verlo", "Woonconsulent", "Verlo"),
        new VacancyRef("kloosterveld-verpleegkundige", "AZ Kloosterveld", "Verpleegkundige geriatrie", "Kloosterveld"),
    ]);

    private static readonly QuestionAnalyzer TwoHandlers = new(
    [
        new VacancyRef("a-dossierbehandelaar-premies", "Gemeente Arnveld", "Dossierbehandelaar premies", "Arnveld"),
        new VacancyRef("b-dossierbehandelaar-vergunningen", "Gemeente Borgloon-Oost", "Dossierbehandelaar vergunningen", "Oostveld"),
        new VacancyRef("c-bibliothecaris", "Stad Cemme", "Bibliothecaris", "Cemme"),
        new VacancyRef("d-boekhouder", "OCMW Dorne", "Boekhouder", "Dorne"),
        new VacancyRef("e-tuinier", "Gemeente Eeklo-Noord", "Tuinier groendienst", "Eekveld"),
        new VacancyRef("f-jurist", "Provincie Falderland", "Jurist", "Falderen"),
    ]);

    [Theory]
    [InlineData("Quel est le salaire du gestionnaire de dossiers subsides vélo ?", "noordveld-dossierbehandelaar")]
    [InlineData("Jusqu'à quand puis-je postuler comme gestionnaire de dossiers ?", "noordveld-dossierbehandelaar")]
    [InlineData("How much does the truck driver earn?", "zuidmeer-vrachtwagenchauffeur")]
    [InlineData("Do I need a licence for the lorry driver job?", "zuidmeer-vrachtwagenchauffeur")]
    [InlineData("What are the selection steps for the emergency planning officer?", "fdx-attache-noodplanning")]
    [InlineData("Jusqu'à quand puis-je postuler pour le poste d'attaché planification d'urgence ?", "fdx-attache-noodplanning")]
    [InlineData("What does the attaché earn?", "fdx-attache-noodplanning")]
    [InlineData("until when can I apply for the housing consultant job?", "verlo-woonconsulent")]
    [InlineData("Combien gagne l'infirmier en gériatrie ?", "kloosterveld-verpleegkundige")]
    public void Analyze_EnglishOrFrenchPartsOfADutchCompound_NameTheVacancy(string text, string id)
    {
        var sut = Analyzer.Analyze(text);

        Assert.Equal([id], sut.VacancyIds);
        Assert.False(sut.AmbiguousVacancy);
    }

    [Theory]
    [InlineData("Hoe verloopt de planning?")]
    [InlineData("Is there a subsidy?")]
    [InlineData("Is there an emergency number?")]
    [InlineData("Do I need a driving licence?")]
    [InlineData("Quels sont les salaires ?")]
    public void Analyze_OnePartAlone_NamesNoVacancy(string text)
    {
        Assert.Empty(Analyzer.Analyze(text).VacancyIds);
    }

    [Fact]
    public void Analyze_PartsFitTwoVacanciesEqually_IsAmbiguousWithBoth()
    {
        var sut = TwoHandlers.Analyze("What is the salary of the file handler?");

        Assert.True(sut.AmbiguousVacancy);
        Assert.Equal(["a-dossierbehandelaar-premies", "b-dossierbehandelaar-vergunningen"], sut.VacancyIds.Order());
    }

    [Fact]
    public void Analyze_PartsAndASecondPartOfTheTitle_PickTheOneVacancy()
    {
        var sut = TwoHandlers.Analyze("What is the salary of the file handler for permits?");

        Assert.Equal(["b-dossierbehandelaar-vergunningen"], sut.VacancyIds);
    }
}
