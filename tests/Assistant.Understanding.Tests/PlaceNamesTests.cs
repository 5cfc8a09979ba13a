using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>French and English names of Belgian places find the vacancies whose documents use the Dutch name.</summary>
public sealed class PlaceNamesTests
{
    private static readonly IReadOnlyList<VacancyRef> Places =
    [
        .. new[]
        {
            "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Kortrijk", "Oostende", "Dendermonde", "Aalst", "Ronse", "Ieper",
            "Sint-Niklaas", "Halle", "Tienen", "Tongeren", "Veurne", "Menen", "Oudenaarde", "Geraardsbergen", "Lier", "Sint-Truiden",
            "Roeselare", "Vilvoorde", "Luik", "Bergen",
        }.Select(p => new VacancyRef("stad-" + p.ToLowerInvariant() + "-medewerker-onthaal", "Stad " + p, "Medewerker onthaal", p)),
    ];

    private static readonly QuestionAnalyzer Sut = new(Places);

    [Theory]
    [InlineData("Quel est le salaire à Anvers ?", "Antwerpen")]
    [InlineData("What is the salary in Antwerp?", "Antwerpen")]
    [InlineData("Jusqu'à quand puis-je postuler à Gand ?", "Gent")]
    [InlineData("What is the deadline in Ghent?", "Gent")]
    [InlineData("Quel est le salaire à Bruges ?", "Brugge")]
    [InlineData("Et à Louvain ?", "Leuven")]
    [InlineData("Le poste à Malines est-il encore ouvert ?", "Mechelen")]
    [InlineData("et pour Courtrai ?", "Kortrijk")]
    [InlineData("Quel est le salaire à Ostende ?", "Oostende")]
    [InlineData("What is the salary in Ostend?", "Oostende")]
    [InlineData("Puis-je postuler à Termonde ?", "Dendermonde")]
    [InlineData("Quel est le salaire à Alost ?", "Aalst")]
    [InlineData("Le poste à Renaix ?", "Ronse")]
    [InlineData("Can I apply in Ypres?", "Ieper")]
    [InlineData("Quel est le salaire à Saint-Nicolas ?", "Sint-Niklaas")]
    [InlineData("Puis-je postuler à Hal ?", "Halle")]
    [InlineData("Quelle est la date limite à Tirlemont ?", "Tienen")]
    [InlineData("Le salaire à Tongres ?", "Tongeren")]
    [InlineData("Le poste à Furnes ?", "Veurne")]
    [InlineData("Quel est le salaire à Menin ?", "Menen")]
    [InlineData("Puis-je postuler à Audenarde ?", "Oudenaarde")]
    [InlineData("Le salaire à Grammont ?", "Geraardsbergen")]
    [InlineData("Quel est le salaire à Lierre ?", "Lier")]
    [InlineData("Le poste à Saint-Trond ?", "Sint-Truiden")]
    [InlineData("Le poste à Roulers ?", "Roeselare")]
    [InlineData("Le salaire à Vilvorde ?", "Vilvoorde")]
    [InlineData("Wat verdien je in Liège?", "Luik")]
    [InlineData("What is the salary in Mons?", "Bergen")]
    [InlineData("Wat is het loon in Kortrijk?", "Kortrijk")]
    public void Analyze_FrenchOrEnglishPlaceName_ResolvesTheDutchPlace(string text, string place)
    {
        var result = Sut.Analyze(text);

        Assert.Equal(["stad-" + place.ToLowerInvariant() + "-medewerker-onthaal"], result.VacancyIds);
    }

    [Fact]
    public void Analyze_SeedVacancyByFrenchName_ResolvesIt()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;

        Assert.Equal(UnderstandingTestData.SeedId("kortrijk"), sut.Analyze("Quel est le salaire à Courtrai ?").VacancyIds.Single());
        Assert.Equal(UnderstandingTestData.SeedId("provincie-antwerpen"), sut.Analyze("What is the deadline in Antwerp?").VacancyIds.Single());
        Assert.Equal(UnderstandingTestData.SeedId("provincie-antwerpen"), sut.Analyze("Jusqu'à quand puis-je postuler pour le poste à Anvers ?").VacancyIds.Single());
    }
}
