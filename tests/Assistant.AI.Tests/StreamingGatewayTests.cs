using Assistant.AI.Configuration;
using Assistant.AI.Evaluation;
using Assistant.AI.Metrics;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.AI.Tests;

/// <summary>Streamed replies (Moq at IChatCompletionService's streaming method): assembled before any guard, never used in part.</summary>
public sealed class StreamingGatewayTests
{
    private const string Templated = "TEMPLATED";
    private static readonly string[] Passages = ["De brutomaandwedde bedraagt minimaal 2.800 euro."];

    private readonly ModelMetrics _metrics = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private ModelGateway Gateway(IChatCompletionService chat, Kernel? kernel = null) =>
        new(chat, new ModelOptions { Provider = ModelOptions.OpenAICompatible }, _time, _metrics, kernel);

    private static Mock<IChatCompletionService> Streaming(params StreamingChatMessageContent[] chunks)
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetStreamingChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns(() => chunks.ToAsyncEnumerable());
        return chat;
    }

    private static StreamingChatMessageContent Text(string text) => new(AuthorRole.Assistant, text);

    private static StreamingChatMessageContent Finish(string reason) => new(null, null, metadata: new Dictionary<string, object?> { ["FinishReason"] = reason });

    [Fact]
    public async Task TheDeltas_AreAssembled_ThenGuarded()
    {
        var result = await Gateway(Streaming(Text("Minstens 2.8"), Text("00 euro per maand [1]."), Finish("stop")).Object)
            .AnswerAsync(new ModelTurn(), "Wat verdien ik?", Passages, [], Templated);

        Assert.True(result.FromModel, result.Reason);
        Assert.Equal("Minstens 2.800 euro per maand [1].", result.Text);
    }

    [Fact]
    public async Task AStreamWithoutAFinishReason_IsCutOff_EvenWhenItsPartPassesTheGuards()
    {
        var result = await Gateway(Streaming(Text("Minstens 2.800 euro [1]."), Text(" Daarnaast")).Object)
            .AnswerAsync(new ModelTurn(), "Wat verdien ik?", Passages, [], Templated);

        Assert.Equal("cut-off", result.Reason);
        Assert.Equal(Templated, result.Text);
        Assert.Equal(1, _metrics.Fallbacks);
        Assert.Equal(1, _metrics.Calls);
    }

    [Fact]
    public async Task AStreamThatThrowsMidway_GivesTheTemplatedAnswer()
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetStreamingChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns(Broken);

        var result = await Gateway(chat.Object).AnswerAsync(new ModelTurn(), "Wat verdien ik?", Passages, [], Templated);

        Assert.Equal("error", result.Reason);
        Assert.Equal(Templated, result.Text);

        static async IAsyncEnumerable<StreamingChatMessageContent> Broken()
        {
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, "Minstens 2.800");
            await Task.Yield();
            throw new IOException("connection reset");
        }
    }

    [Fact]
    public async Task ToolCallDeltas_WhoseArgumentsAreNotJson_AreRejected()
    {
        var plugin = new ModelGatewayTests.CountingPlugin();
        var kernel = ModelKernelFactory.Create(new Mock<IChatCompletionService>().Object, [plugin]);
        var chat = Streaming(
            new StreamingChatMessageContent(AuthorRole.Assistant, null) { Items = [new StreamingFunctionCallUpdateContent("call-1", "CountingPlugin-deadline", "{\"vacancyId\":", 0)] },
            new StreamingChatMessageContent(null, null) { Items = [new StreamingFunctionCallUpdateContent(null, null, "\"v-1", 0)] },
            Finish("tool_calls"));

        var choice = await Gateway(chat.Object, kernel).ChooseToolAsync(new ModelTurn(), "Is vacature v-1 nog open?");

        Assert.Null(choice);
        Assert.Equal(1, _metrics.GuardRejections["arguments"]);
        Assert.Equal(0, plugin.Calls);
    }

    [Theory]
    [InlineData("quote", true)]
    [InlineData("nonsense", false)]
    public async Task TheScriptedModel_StreamsItsToolCall_LikeAServer(string script, bool chosen)
    {
        var scripted = new ScriptedChatCompletion(script);
        var kernel = ModelKernelFactory.Create(scripted, [new Plugins.VacancyPlugin(() => null, _time)]);

        var choice = await Gateway(scripted, kernel).ChooseToolAsync(new ModelTurn(), "Waar vind ik meer uitleg?");

        Assert.Equal(chosen, choice is not null);
        Assert.Equal(chosen ? 0 : 1, _metrics.GuardRejections.GetValueOrDefault("unknown-tool"));
    }
}
