using Assistant.Core.Facts;
using Assistant.Knowledge.Index;

namespace Assistant.Knowledge.Tests.Index;

public sealed class VacancyIndexTests
{
    private static VacancyIndex BuildSample() => VacancyIndex.Build(
    [
        IndexTestData.Doc("gent-jurist", """
            ## Aanwervingsvoorwaarden
            Je hebt een bachelordiploma of een masterdiploma in de rechten.
            ## Wervingsreserve
            De geslaagde kandidaten worden opgenomen in een wervingsreserve die twee jaar geldig is.
            ## Functie
            Je staat in voor de coördinatie van de juridische dienst.
            """),
        IndexTestData.Doc("brugge-planner", """
            ## Profiel
            Je hebt ervaring met ruimtelijke planning en coordinatie van projecten.
            ## Aanbod
            Je krijgt maaltijdcheques van 8 euro en een fietsvergoeding.
            """),
        IndexTestData.Doc("brugge-planner", """
            ## Interne procedure
            Interne kandidaten volgen een verkorte selectieprocedure met een mobiliteitsgesprek.
            """, Audience.Internal, "procedure.internal.txt"),
    ]);

    [Theory]
    [InlineData("diploma", "bachelordiploma")]
    [InlineData("reserve", "wervingsreserve")]
    [InlineData("cheques", "maaltijdcheques")]
    public void Search_PartOfCompound_FindsCompound(string word, string compound)
    {
        using var sut = BuildSample();

        var hits = sut.Search(new SearchQuery(word));

        Assert.Contains(hits, h => h.Passage.Contains(compound, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("coordinatie", 2)]
    [InlineData("coördinatie", 2)]
    public void Search_AccentedOrNot_FindsBothSpellings(string word, int expected)
    {
        using var sut = BuildSample();

        var hits = sut.Search(new SearchQuery(word));

        Assert.Equal(expected, hits.Count);
    }

    [Fact]
    public void Search_VacancyFilter_ReturnsOnlyThatVacancyCaseInsensitively()
    {
        using var sut = BuildSample();

        var hits = sut.Search(new SearchQuery("coördinatie", VacancyId: "BRUGGE-planner"));

        var hit = Assert.Single(hits);
        Assert.Equal("brugge-planner", hit.VacancyId);
    }

    [Fact]
    public void Search_UnknownVacancy_ReturnsNothing()
    {
        using var sut = BuildSample();

        Assert.Empty(sut.Search(new SearchQuery("coördinatie", VacancyId: "nergens")));
    }

    [Fact]
    public void Search_InternalDocument_OnlyFoundWhenIncluded()
    {
        using var sut = BuildSample();

        var publicOnly = sut.Search(new SearchQuery("mobiliteitsgesprek selectieprocedure"));
        var withInternal = sut.Search(new SearchQuery("mobiliteitsgesprek selectieprocedure", IncludeInternal: true));

        Assert.DoesNotContain(publicOnly, h => h.Audience == Audience.Internal);
        var hit = Assert.Single(withInternal, h => h.Audience == Audience.Internal);
        Assert.Equal("procedure.internal.txt", hit.Document);
    }

    [Theory]
    [InlineData("wat is \"het loon")]
    [InlineData("diploma?")]
    [InlineData("title:diploma AND (")]
    [InlineData("*reserve* ~ ^2 [1 TO 3] {x} \\ / ! - + && ||")]
    [InlineData("\"\"\"")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?")]
    [InlineData("de het een")]
    public void Search_SpecialCharacters_DoesNotThrow(string text)
    {
        using var sut = BuildSample();

        var hits = sut.Search(new SearchQuery(text));

        Assert.NotNull(hits);
    }

    [Fact]
    public void Search_Hit_OffsetsPointAtPassageInDocumentText()
    {
        var document = IndexTestData.Doc("gent-jurist", "## Aanbod\nJe krijgt een hospitalisatieverzekering.\n\nJe werkt 38 uur per week.\n");
        using var sut = VacancyIndex.Build([document]);

        var hit = sut.Search(new SearchQuery("hospitalisatieverzekering"))[0];

        Assert.Equal(hit.Passage, document.Text[hit.Start..hit.End]);
        Assert.Equal("Aanbod", hit.Section);
        Assert.Contains("hospitalisatieverzekering", hit.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_VerbEndingInT_FindsFormWithoutT()
    {
        using var sut = VacancyIndex.Build([IndexTestData.Doc("x", "## Functie\nAls medewerker rapporteer je aan de teamleider.\n\nJe maakt affiches.\n")]);

        var hits = sut.Search(new SearchQuery("Aan wie rapporteert de medewerker?"));

        Assert.Contains("rapporteer je", hits[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_QuotedPhrase_RanksExactPhraseFirst()
    {
        using var sut = VacancyIndex.Build([IndexTestData.Doc("x", "## A\nDe proef is schriftelijk en de opdracht is mondeling.\n\n## B\nDe schriftelijke proef duurt twee uur.\n")]);

        var hits = sut.Search(new SearchQuery("\"schriftelijke proef\""));

        Assert.Equal("B", hits[0].Section);
    }

    [Fact]
    public void Search_TopN_LimitsHits()
    {
        using var sut = BuildSample();

        Assert.Single(sut.Search(new SearchQuery("coördinatie", Top: 1)));
    }

    [Fact]
    public void Counts_AfterBuild_DescribeTheIndex()
    {
        using var sut = BuildSample();

        Assert.Equal(["brugge-planner", "gent-jurist"], sut.VacancyIds.Order(StringComparer.Ordinal));
        Assert.Equal(3, sut.DocumentCount);
        Assert.True(sut.PassageCount >= 6);
        Assert.True(sut.SizeInBytes > 0);
    }

    [Fact]
    public void SaveTo_ThenOpen_SearchesTheSamePassages()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vacancy-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var built = BuildSample())
            {
                built.SaveTo(folder);
            }

            using var sut = VacancyIndex.Open(folder);

            var hits = sut.Search(new SearchQuery("diploma"));
            Assert.Contains(hits, h => h.Passage.Contains("bachelordiploma", StringComparison.Ordinal));
            Assert.Equal(CompoundMode.Dictionary, sut.Options.Compound);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Search_ManyThreadsAtOnce_AllSucceed()
    {
        using var sut = BuildSample();

        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = sut.Search(new SearchQuery(i % 2 == 0 ? "diploma" : "reserve coördinatie")).Count);

        Assert.All(counts, c => Assert.True(c > 0));
    }

    [Fact]
    public void Search_AfterDispose_Throws()
    {
        var sut = BuildSample();
        sut.Dispose();

        Assert.Throws<ObjectDisposedException>(() => sut.Search(new SearchQuery("diploma")));
    }

    [Fact]
    public void Search_QuantityQuestion_PrefersPassageWithFigure()
    {
        using var sut = VacancyIndex.Build([IndexTestData.Doc("x", "## Team\nJe werkt samen met collega's uit andere diensten.\n\n## Dienst\nJe werkt in een team van zeven collega's en werkt nauw samen met het onthaal van de dienst.\n")]);

        var hits = sut.Search(new SearchQuery("Met hoeveel collega's werk ik samen?"));

        Assert.Contains("zeven", hits[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoDocuments_SearchFindsNothing()
    {
        using var sut = VacancyIndex.Build([]);

        Assert.Empty(sut.Search(new SearchQuery("diploma")));
        Assert.Equal(0, sut.PassageCount);
    }
}
