using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Dialogs.Tests.Answering;
using Assistant.Storage;
using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Conversations;

/// <summary>A conversation through the real engine for transcript tests: "user says … / bot answers …".</summary>
internal sealed class Transcript
{
    public Transcript(IConversationStore? store = null, DateTimeOffset? now = null, string? page = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        Store = store ?? new InMemoryConversationStore(new StorageOptions { Provider = "memory" }, Clock);
        Engine = new ConversationEngine(() => Conversation.Knowledge, new AssistantOptions(), new ConversationOptions(), Store, Clock);
        Page = page;
    }

    public FakeTimeProvider Clock { get; }
    public IConversationStore Store { get; }
    public ConversationEngine Engine { get; }
    public string Id { get; } = Guid.NewGuid().ToString("N");
    public string? Page { get; }

    public Task<Answer> UserSays(string text, string? locale = null) => Engine.HandleAsync(Id, new TurnInput(text, Clock.GetUtcNow(), "web", Page, locale));
}
