using Assistant.AI.Configuration;
using Assistant.AI.Metrics;
using Assistant.AI.Suggestions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.AI.Tests.Suggestions;

/// <summary>facts --suggest: a proposal is kept only with a verbatim quote holding the value's numbers; nothing else passes.</summary>
public sealed class FactSuggesterTests
{
    private const string Document = "Functie: tuinier bij de gemeente Bosdorp.\nHet startloon bedraagt € 2.345,67 bruto per maand.\nJe werkt 19 uur per week.";
    private readonly ModelMetrics _metrics = new();

    private static Vacancy Vacancy() => new(
        new VacancyFacts { Id = "bosdorp-tuinier", Title = "Tuinier", Organisation = "Gemeente Bosdorp" },
        [new ParsedDocument("bosdorp-tuinier", "vacancy.txt", "txt", Audience.Public, Document, [])]);

    private FactSuggester Suggester(string reply)
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        return new FactSuggester(new ModelGateway(chat.Object, new ModelOptions { Provider = ModelOptions.OpenAICompatible }, new FakeTimeProvider(), _metrics));
    }

    [Fact]
    public void MissingFields_AreTheKeyFieldsTheRulesLeftEmpty()
    {
        var missing = FactSuggester.MissingFields(Vacancy().Facts);

        Assert.Contains("salary.min", missing);
        Assert.Contains("regime.hoursPerWeek", missing);
        Assert.DoesNotContain("title", missing);
    }

    [Fact]
    public async Task AProposalWithAVerbatimQuoteHoldingItsNumber_IsKept()
    {
        var sut = Suggester("""
            {"field": "salary.min", "value": "2345.67", "quote": "Het startloon bedraagt € 2.345,67 bruto per maand."}
            {"field": "regime.hoursPerWeek", "value": 19, "quote": "Je werkt 19 uur  per week."}
            """);

        var result = await sut.SuggestAsync(Vacancy());

        Assert.Equal(2, result.Count);
        Assert.All(result, s => Assert.Null(s.Dropped));
        Assert.Equal("19", result[1].Value);
    }

    [Theory]
    [InlineData("""{"field": "salary.min", "value": "2345.67", "quote": "Het startloon bedraagt € 2.345,67 netto per maand."}""", "the quote is not in the documents")]
    [InlineData("""{"field": "salary.min", "value": "2400", "quote": "Het startloon bedraagt € 2.345,67 bruto per maand."}""", "the value has a number or date the quote does not have")]
    [InlineData("""{"field": "title", "value": "Hovenier", "quote": "Functie: tuinier bij de gemeente Bosdorp."}""", "not a field that was asked")]
    public async Task AProposalThatFailsACheck_IsDropped_AndCounted(string reply, string reason)
    {
        var result = await Suggester(reply).SuggestAsync(Vacancy());

        Assert.Equal(reason, Assert.Single(result).Dropped);
        Assert.Equal(1, _metrics.GuardRejections["suggestion"]);
    }

    [Fact]
    public async Task MalformedJson_GivesNoProposal()
    {
        Assert.Empty(await Suggester("{\"field\": \"salary.min\", \"value\": }\nnot json at all").SuggestAsync(Vacancy()));
    }
}
