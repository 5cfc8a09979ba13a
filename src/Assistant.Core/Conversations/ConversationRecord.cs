namespace Assistant.Core.Conversations;

/// <summary>The stored state of one conversation.</summary>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="StateJson">The dialog state, an opaque JSON document owned by the dialog layer.</param>
/// <param name="Version">The optimistic-concurrency version: 1 after the first save, +1 per save.</param>
/// <param name="UpdatedAt">When the state was last saved (UTC, from the store's clock).</param>
public sealed record ConversationRecord(string ConversationId, string StateJson, long Version, DateTimeOffset UpdatedAt);
