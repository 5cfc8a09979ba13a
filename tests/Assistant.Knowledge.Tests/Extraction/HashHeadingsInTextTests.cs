using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A plain-text vacancy written with Markdown's heading marks ("## Aanwervingsvoorwaarden", pasted from a web editor): the
/// marked lines are headings, so a numbered requirement list under them is read whole. Before, the experience item was
/// dropped unseen and a candidate with none got a yes (found by probing, session 30; invented texts).
/// </summary>
public sealed class HashHeadingsInTextTests
{
    [Theory]
    [InlineData("# Deskundige personeel (B1-B3) – Stad Aerde\n\n## Aanwervingsvoorwaarden\n1. Je hebt een bachelordiploma in eender welke richting.\n2. Je hebt minstens 2 jaar ervaring in personeelsadministratie.\n")]
    [InlineData("### Jurist (A1a)\n\n### Wie zoeken we? ###\n1) Je hebt een master in de rechten.\n2) Je hebt minstens 2 jaar ervaring als jurist.\n")]
    [InlineData("#  Technicus (C1)\n\n#### Profiel\n- Je hebt een diploma secundair onderwijs.\n- Je hebt minstens 2 jaar ervaring in onderhoud.\n")]
    public void Extract_MarkdownHeadingsInPlainText_ReadTheWholeRequirementList(string text)
    {
        var facts = TestKnowledge.FromTextFile(text);

        Assert.Contains(facts.Requirements.Routes, r => r.MinExperienceYears == 2);
        Assert.DoesNotContain("#", facts.Title ?? "", StringComparison.Ordinal);
    }
}
