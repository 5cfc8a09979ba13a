using Assistant.Knowledge.Synthetic;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Extraction must never throw, whatever the layout: run it over many generated vacancies.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Extract_FourHundredSyntheticVacancies_NeverThrowsAndFindsDeadlines()
    {
        var generator = new SyntheticVacancyGenerator(42);
        var withDeadline = 0;
        for (var i = 0; i < 400; i++)
        {
            var vacancy = generator.Create(i);
            var sut = TestKnowledge.FromText(vacancy.Text);
            withDeadline += sut.ApplicationDeadline is null ? 0 : 1;
        }

        Assert.True(withDeadline >= 396, $"only {withDeadline} of 400 generated vacancies got a deadline");
    }

    [Theory]
    [InlineData("")]
    [InlineData("‘’ (B1-B3)")]
    [InlineData("-\n-\n- \n:::\n(((\n€ € €\n1. 2. 3.")]
    [InlineData("Solliciteren kan tot en met 31 februari 2026.")]
    public void Extract_DegenerateText_DoesNotThrow(string text)
    {
        var sut = TestKnowledge.FromText(text);
        Assert.Equal("test-vacancy", sut.Id);
    }
}
