using Assistant.BotFramework.Schema;

namespace Assistant.Web.Messages;

/// <summary>The body <c>{"activities": [...]}</c> answering an expectReplies request.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
