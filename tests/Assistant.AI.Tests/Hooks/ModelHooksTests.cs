using Assistant.AI.Configuration;
using Assistant.AI.Evaluation;
using Assistant.AI.Hooks;
using Assistant.AI.Metrics;
using Assistant.AI.Plugins;
using Assistant.Dialogs.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.AI.Tests.Hooks;

/// <summary>The AI side of the engine's hooks, with Moq at <see cref="IChatCompletionService"/>: what passes, what the guards stop.</summary>
public sealed class ModelHooksTests
{
    private const string Templated = "Het brutoloon bedraagt 2.800 euro per maand; solliciteer uiterlijk op 12 maart.";
    private readonly ModelMetrics _metrics = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private ModelGateway Gateway(IChatCompletionService chat) =>
        new(chat, new ModelOptions { Provider = ModelOptions.OpenAICompatible, Streaming = false }, _time, _metrics, ModelKernelFactory.Create(chat, [new VacancyPlugin(() => null, _time)]));

    private static Mock<IChatCompletionService> Replying(ChatMessageContent reply)
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([reply]);
        return chat;
    }

    private static Mock<IChatCompletionService> Replying(string text) => Replying(new ChatMessageContent(AuthorRole.Assistant, text));

    [Fact]
    public async Task Understanding_AFunctionOfThePlugin_BecomesItsIntentAndVacancyText()
    {
        var call = new FunctionCallContent("salary", VacancyPlugin.Name, "c1", new KernelArguments { ["vacancy"] = "Bosdorp" });
        var sut = new ModelUnderstanding(Gateway(Replying(new ChatMessageContent(AuthorRole.Assistant, [call])).Object));

        var choice = await sut.ChooseAsync("Wat verdien je als tuinier in Bosdorp?", "nl");

        Assert.Equal(new UnderstandingChoice("salary", "Bosdorp"), choice);
    }

    [Fact]
    public async Task Understanding_AFunctionWeDoNotHave_GivesNoChoice()
    {
        var call = new FunctionCallContent("grant_eligibility", VacancyPlugin.Name, "c1", new KernelArguments());
        var sut = new ModelUnderstanding(Gateway(Replying(new ChatMessageContent(AuthorRole.Assistant, [call])).Object));

        Assert.Null(await sut.ChooseAsync("Mag ik meedoen?", "nl"));
        Assert.Equal(1, _metrics.GuardRejections["unknown-tool"]);
    }

    [Fact]
    public async Task Grounded_AProcedureSummary_IsAskedAsAColleaguesQuestion_InTheAskersLanguage_AndGuarded()
    {
        string[] passages = ["Art. 4 (Reglement Testveld): De kandidaat kan zijn proeven inzien binnen 14 kalenderdagen na de uitslag."];
        var seen = new List<ChatHistory>();
        var chat = new Mock<IChatCompletionService>();
        var calls = 0;
        var replies = new Queue<string>(["Dans les 14 jours calendrier après le résultat (art. 4) [1].", "Dans les 30 jours calendrier [1].", "Dans les 14 jours [2]."]);
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Callback<ChatHistory, PromptExecutionSettings?, Kernel?, CancellationToken>((h, _, _, _) => { seen.Add(h); calls++; })
            .ReturnsAsync(() => [new ChatMessageContent(AuthorRole.Assistant, replies.Dequeue())]);
        var sut = new ModelGroundedAnswers(Gateway(chat.Object));

        var good = await sut.WriteAsync("Combien de temps pour consulter les épreuves ?", "fr", passages, "TEMPLATED", GroundedTopic.Procedure);
        var invented = await sut.WriteAsync("Combien de temps ?", "fr", passages, "TEMPLATED", GroundedTopic.Procedure);
        var badCitation = await sut.WriteAsync("Combien de temps ?", "fr", passages, "TEMPLATED", GroundedTopic.Procedure);

        Assert.NotNull(good);
        Assert.Equal([1], good.Citations);
        Assert.Null(invented);
        Assert.Null(badCitation);
        Assert.Equal(3, calls);
        var system = seen[0].First(m => m.Role == AuthorRole.System).Content!;
        Assert.Contains("HR procedures", system, StringComparison.Ordinal);
        Assert.Contains("Answer in French.", system, StringComparison.Ordinal);
        Assert.Equal(1, _metrics.GuardRejections["numbers"]);
        Assert.Equal(1, _metrics.GuardRejections["citations"]);
    }

    [Fact]
    public async Task Grounded_NotInDocuments_IsPassedOn_AnInventedNumberGivesNothing()
    {
        string[] passages = ["De standplaats is het gemeentehuis."];
        var notIn = await new ModelGroundedAnswers(Gateway(Replying(ModelGateway.NotInDocuments).Object)).WriteAsync("Waar werk ik?", "nl", passages, "T");
        var invented = await new ModelGroundedAnswers(Gateway(Replying("Je werkt 38 uur in het gemeentehuis [1].").Object)).WriteAsync("Waar werk ik?", "nl", passages, "T");
        var good = await new ModelGroundedAnswers(Gateway(Replying("Je werkt in het gemeentehuis [1].").Object)).WriteAsync("Waar werk ik?", "nl", passages, "T");

        Assert.Equal(GroundedText.NotAnswered, notIn);
        Assert.Null(invented);
        Assert.Equal(new GroundedText("Je werkt in het gemeentehuis [1].", [1]).Text, good!.Text);
        Assert.Equal([1], good.Citations);
    }

    [Theory]
    [InlineData("Je verdient 2.900 euro per maand; solliciteer uiterlijk op 12 maart.")] // an amount added
    [InlineData("Je verdient 2800 euro per maand; solliciteer zo snel mogelijk.")] // the date dropped
    [InlineData("Je verdient 2800 euro per maand; solliciteer uiterlijk op 12 april.")] // another month
    public async Task Phrasing_ARewordingThatAddsOrDropsAFact_KeepsTheTemplate(string reworded)
    {
        var result = await Gateway(Replying(reworded).Object).RephraseAsync(new ModelTurn(), "Wat verdien ik?", Templated);

        Assert.False(result.FromModel);
        Assert.Equal(Templated, result.Text);
        Assert.Equal(1, _metrics.GuardRejections["numbers"]);
        Assert.Null(await new ModelPhrasing(Gateway(Replying(reworded).Object)).PhraseAsync("Wat verdien ik?", "nl", Templated));
    }

    [Fact]
    public async Task Phrasing_ARewordingWithTheSameFacts_IsUsed()
    {
        const string Reworded = "Je verdient bruto 2800 euro per maand. Stuur je kandidatuur uiterlijk op 12 maart.";

        Assert.Equal(Reworded, await new ModelPhrasing(Gateway(Replying(Reworded).Object)).PhraseAsync("Wat verdien ik?", "nl", Templated));
    }

    [Fact]
    public async Task ScriptedNonsense_IsStoppedByEveryGuard()
    {
        var gateway = Gateway(new ScriptedChatCompletion("nonsense"));

        Assert.Null(await gateway.ChooseToolAsync(new ModelTurn(), "Kan ik meedoen?"));
        Assert.False((await gateway.AnswerAsync(new ModelTurn(), "Wat verdien ik?", ["Het loon staat in de barema's."], [], "T")).FromModel);
        Assert.False((await gateway.RephraseAsync(new ModelTurn(), "Wat verdien ik?", Templated)).FromModel);
        Assert.Equal(3, _metrics.Fallbacks);
    }

    [Fact]
    public void AddAssistantModel_WithoutProvider_RegistersNoHooks()
    {
        using var services = new ServiceCollection().AddAssistantModel(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Same(ModelHooks.None, services.GetRequiredService<ModelHooks>());
        Assert.False(services.GetRequiredService<ModelHooks>().Any);
    }

    [Fact]
    public void AddAssistantModel_WithAModel_RegistersTheUsesSwitchedOn_PhrasingOffByDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Model:Uses:GroundedAnswers"] = "false" }).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IChatCompletionService>(new ScriptedChatCompletion("quote"))
            .AddAssistantModel(configuration)
            .BuildServiceProvider();

        var hooks = services.GetRequiredService<ModelHooks>();

        Assert.IsType<ModelUnderstanding>(hooks.Understanding);
        Assert.Null(hooks.GroundedAnswers);
        Assert.Null(hooks.Phrasing);
    }

    [Fact]
    public void ScriptedChatCompletion_AnUnknownScript_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ScriptedChatCompletion("oracle"));
}
