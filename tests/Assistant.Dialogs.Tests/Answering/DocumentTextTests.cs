using Assistant.Dialogs.Answering;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Dutch document text inside English and French answers is marked as a quote, verbatim; Dutch answers take it as is.</summary>
public sealed class DocumentTextTests
{
    [Theory]
    [InlineData("nl", "Gratis koffie op de werkvloer", "Gratis koffie op de werkvloer")]
    [InlineData("en", "Gratis koffie op de werkvloer", "“Gratis koffie op de werkvloer”")]
    [InlineData("fr", "Gratis koffie op de werkvloer", "« Gratis koffie op de werkvloer »")]
    [InlineData("en", "  kopie van het rijbewijs ", "“kopie van het rijbewijs”")]
    [InlineData("en", "“al geciteerd”", "“al geciteerd”")]
    [InlineData("fr", "« al geciteerd »", "« al geciteerd »")]
    public void Quote_MarksDocumentWordsOutsideDutch_Verbatim(string lang, string text, string expected) =>
        Assert.Equal(expected, DocumentText.Quote(lang, text));

    [Theory]
    [InlineData("nl", "Wat de vacature biedt:", "Wat de vacature biedt:")]
    [InlineData("en", "What the vacancy offers:", "What the vacancy offers (in Dutch):")]
    [InlineData("fr", "Ce que l’offre propose :", "Ce que l’offre propose (en néerlandais) :")]
    [InlineData("en", "The steps", "The steps (in Dutch)")]
    public void Heading_SaysTheListIsInDutch_BeforeItsColon(string lang, string heading, string expected) =>
        Assert.Equal(expected, DocumentText.Heading(lang, heading));

    [Theory]
    [InlineData("What are the benefits of the job in Harelbeke?", "“", "”", "(in Dutch):")]
    [InlineData("Quels sont les avantages du poste à Harelbeke ?", "« ", " »", "(en néerlandais) :")]
    public async Task BenefitsList_InEnglishOrFrench_EveryItemIsAQuoteUnderAHeadingSayingDutch(string question, string open, string close, string heading)
    {
        var sut = await new Conversation().Says(question);

        Assert.Equal("benefits", sut.Intent);
        var lines = sut.Text.Split('\n');
        Assert.EndsWith(heading, lines[0], StringComparison.Ordinal);
        var items = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, l => Assert.True(l.StartsWith("- " + open, StringComparison.Ordinal) && l.EndsWith(close, StringComparison.Ordinal), l));
        // Verbatim: each quoted item is a cited document text.
        Assert.All(items, l => Assert.Contains(sut.Citations, c => c.Quote.Contains(l[(2 + open.Length)..^close.Length], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BenefitsList_InDutch_ItemsAreTheAnswersOwnText()
    {
        var sut = await new Conversation().Says("Welke voordelen biedt de job in Harelbeke?");

        Assert.Equal("benefits", sut.Intent);
        var items = sut.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, l => Assert.DoesNotContain("“", l[..3], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What are the steps of the selection for the job in Harelbeke?", "“", "(in Dutch):")]
    [InlineData("Quelles sont les étapes de la sélection pour le poste à Harelbeke ?", "« ", "(en néerlandais) :")]
    public async Task SelectionSteps_InEnglishOrFrench_StepNamesAreQuoted(string question, string open, string heading)
    {
        var sut = await new Conversation().Says(question);

        Assert.Equal("procedure", sut.Intent);
        var lines = sut.Text.Split('\n');
        Assert.EndsWith(heading, lines[0], StringComparison.Ordinal);
        var steps = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+[a-z]?\. ")).ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, l => Assert.Contains(". " + open, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListAnswerDuringTheEligibilityQuestions_TheResumeQuestionIsAParagraphOfItsOwn()
    {
        var sut = new Conversation();
        await sut.Says("Kom ik in aanmerking voor de job in Harelbeke?");

        var answer = await sut.Says("Welke voordelen biedt de job?");

        Assert.Equal("benefits", answer.Intent);
        var paragraphs = answer.Text.Split("\n\n");
        Assert.True(paragraphs.Length >= 2, answer.Text);
        Assert.All(answer.Text.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)), l => Assert.DoesNotContain("?", l, StringComparison.Ordinal));
    }
}
