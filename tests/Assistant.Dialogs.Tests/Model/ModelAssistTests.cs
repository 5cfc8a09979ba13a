using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Dialogs.Model;
using Assistant.Dialogs.Tests.Answering;
using Assistant.Storage;
using Assistant.Storage.Memory;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Model;

/// <summary>The engine's model hooks with scripted hooks: when each is asked, what is validated, one call per turn.</summary>
public sealed class ModelAssistTests
{
    private const string Unsure = "Hoe zit het met de centjes voor de job in Kortrijk?";
    private const string Sure = "Wat is het loon in Kortrijk?";
    private const string Open = "Aan wie rapporteert de deskundige externe communicatie in Harelbeke?";
    private const string OpenEnglish = "Will I manage the social media channels as the external communication expert in Harelbeke?";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)));

    private ConversationEngine Engine(ModelHooks? hooks) =>
        new(() => Conversation.Knowledge, new AssistantOptions(), new ConversationOptions(), new InMemoryConversationStore(new StorageOptions { Provider = "memory" }, _clock), _clock, model: hooks);

    private Task<Answer> Ask(ConversationEngine engine, string text, string id = "c1", string channel = "teams") =>
        engine.HandleAsync(id, new TurnInput(text, _clock.GetUtcNow(), channel));

    [Fact]
    public void Confidence_AQuestionWithoutCue_IsBelowTheThreshold_AClearOneAbove()
    {
        Assert.True(AnswerRouter.Analyze(Conversation.Knowledge, Unsure).Confidence < Understanding.IntentConfidence.Threshold);
        Assert.True(AnswerRouter.Analyze(Conversation.Knowledge, Sure).Confidence >= Understanding.IntentConfidence.Threshold);
    }

    [Fact]
    public async Task Understanding_AnUnsureQuestion_RunsTheChosenToolByTheRules()
    {
        var fallback = new ChoosingFallback(new UnderstandingChoice(Intents.Salary));
        var answer = await Ask(Engine(new ModelHooks(fallback)), Unsure);

        Assert.Equal(1, fallback.Calls);
        Assert.Equal((Intents.Salary, AnswerSources.Rules), (answer.Intent, answer.Source));
        var rules = await Ask(Engine(null), Sure);
        Assert.Equal(rules.Text, answer.Text);
    }

    [Fact]
    public async Task Understanding_ASureQuestion_DoesNotAskTheModel()
    {
        var fallback = new ChoosingFallback(new UnderstandingChoice(Intents.Contact));
        var answer = await Ask(Engine(new ModelHooks(fallback)), Sure);

        Assert.Equal(0, fallback.Calls);
        Assert.Equal(Intents.Salary, answer.Intent);
    }

    [Theory]
    [InlineData("smalltalk")]
    [InlineData("grant-eligibility")]
    [InlineData("general")] // the search does not replace what the rules read (general stays general here)
    public async Task Understanding_AChoiceThatIsNotOneOfOurTools_KeepsTheRulesAnswer(string intent)
    {
        var withModel = await Ask(Engine(new ModelHooks(new ChoosingFallback(new UnderstandingChoice(intent)))), Unsure);
        var rules = await Ask(Engine(null), Unsure);

        Assert.Equal((rules.Intent, rules.Text), (withModel.Intent, withModel.Text));
    }

    [Fact]
    public void Understanding_AVacancyTheQuestionDoesNotName_IsIgnored()
    {
        var analysis = AnswerRouter.Analyze(Conversation.Knowledge, "Hoe zit het met de centjes?");
        var read = ModelAssist.Apply(Conversation.Knowledge, analysis, new UnderstandingChoice(Intents.Salary, "Harelbeke"));

        Assert.NotNull(read);
        Assert.Equal(Intents.Salary, read.Intent);
        Assert.Empty(read.VacancyIds);
    }

    [Fact]
    public async Task Understanding_WhileTheEligibilityDialogWaits_IsNotAsked()
    {
        var fallback = new ChoosingFallback(new UnderstandingChoice(Intents.Contact));
        var engine = Engine(new ModelHooks(fallback));
        var first = await Ask(engine, "Kom ik in aanmerking voor de directiemedewerker in Kortrijk?");
        Assert.Equal(Verdicts.NeedInfo, first.Verdict);

        var reply = await Ask(engine, "Bachelor");

        Assert.Equal(0, fallback.Calls);
        Assert.Equal(Intents.Eligibility, reply.Intent);
    }

    [Fact]
    public async Task Grounded_TheModelsText_IsGivenWithItsCitationsRenumbered()
    {
        var writer = new ScriptedWriter(_ => new GroundedText("Je rapporteert aan de teamleider [2].", [2]));
        var answer = await Ask(Engine(new ModelHooks(GroundedAnswers: writer)), Open);

        Assert.Equal(1, writer.Calls);
        var second = string.Join(' ', writer.Passages![1].Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Je rapporteert aan de teamleider [1].\nBronnen:\n[1] de vacature, rubriek “", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("“" + second + "”", answer.Text, StringComparison.Ordinal);
        Assert.Equal(second, answer.Citations.Single().Quote);
        Assert.Equal(AnswerSources.Retrieval, answer.Source);
    }

    [Fact]
    public async Task Grounded_NotInTheDocuments_ForATopicTheRulesCouldNotCheck_GivesTheDocumentsDoNotSayWithTheContact()
    {
        var rules = await Ask(Engine(null), OpenEnglish);
        var answer = await Ask(Engine(new ModelHooks(GroundedAnswers: new ScriptedWriter(_ => GroundedText.NotAnswered))), OpenEnglish);

        Assert.Equal(AnswerSources.Retrieval, rules.Source);
        Assert.Equal(AnswerSources.None, answer.Source);
        Assert.Contains("@", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grounded_NotInTheDocuments_ForATopicTheRulesFoundInTheDocuments_KeepsTheQuote()
    {
        var rules = await Ask(Engine(null), Open);
        var answer = await Ask(Engine(new ModelHooks(GroundedAnswers: new ScriptedWriter(_ => GroundedText.NotAnswered))), Open);

        Assert.Equal(AnswerSources.Retrieval, rules.Source);
        Assert.Equal((rules.Text, rules.Source), (answer.Text, answer.Source));
        Assert.Equal(rules.Citations, answer.Citations);
    }

    [Fact]
    public async Task Grounded_AWriterThatGivesNothing_KeepsTheQuotedPassage()
    {
        var withModel = await Ask(Engine(new ModelHooks(GroundedAnswers: new ScriptedWriter(_ => null))), Open);
        var rules = await Ask(Engine(null), Open);

        Assert.Equal((rules.Text, rules.Intent, rules.Source), (withModel.Text, withModel.Intent, withModel.Source));
        Assert.Equal(rules.Citations, withModel.Citations);
    }

    [Fact]
    public async Task Phrasing_AnAnswerWithoutVerdict_IsReworded_AVerdictNever()
    {
        var phraser = new ScriptedPhraser("Herschreven.");
        var engine = Engine(new ModelHooks(Phrasing: phraser));

        var salary = await Ask(engine, Sure, "p1");
        var eligibility = await Ask(engine, "Ik heb een masterdiploma. Kom ik in aanmerking in Lievegem?", "p2");

        Assert.Equal("Herschreven.", salary.Text);
        Assert.Equal(1, phraser.Calls);
        Assert.NotEqual("Herschreven.", eligibility.Text);
        Assert.NotNull(eligibility.Verdict);
    }

    [Fact]
    public async Task OneCallPerTurn_AfterTheUnderstandingFallback_NoOtherHookIsAsked()
    {
        var fallback = new ChoosingFallback(new UnderstandingChoice(Intents.Salary));
        var phraser = new ScriptedPhraser("Herschreven.");
        var answer = await Ask(Engine(new ModelHooks(fallback, Phrasing: phraser)), Unsure);

        Assert.Equal((1, 0), (fallback.Calls, phraser.Calls));
        Assert.NotEqual("Herschreven.", answer.Text);
    }

    private sealed class ChoosingFallback(UnderstandingChoice? choice) : IUnderstandingFallback
    {
        public int Calls { get; private set; }

        public Task<UnderstandingChoice?> ChooseAsync(string question, string language, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(choice);
        }
    }

    private sealed class ScriptedWriter(Func<IReadOnlyList<string>, GroundedText?> reply) : IGroundedAnswerWriter
    {
        public int Calls { get; private set; }

        public IReadOnlyList<string>? Passages { get; private set; }

        public Task<GroundedText?> WriteAsync(string question, string language, IReadOnlyList<string> passages, string templated, GroundedTopic topic = GroundedTopic.Vacancy, CancellationToken cancellationToken = default)
        {
            Calls++;
            Passages = passages;
            return Task.FromResult(reply(passages));
        }
    }

    private sealed class ScriptedPhraser(string text) : IAnswerPhraser
    {
        public int Calls { get; private set; }

        public Task<string?> PhraseAsync(string question, string language, string templated, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult<string?>(text);
        }
    }
}
