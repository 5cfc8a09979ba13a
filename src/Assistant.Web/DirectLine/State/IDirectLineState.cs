using Assistant.BotFramework.Schema;

namespace Assistant.Web.DirectLine.State;

/// <summary>A live Direct Line conversation: who it was opened for and whether the welcome was sent.</summary>
public sealed record DirectLineConversationInfo(string Id, string UserId, bool Started, DateTimeOffset ExpiresAt);

/// <summary>
/// Where the Direct Line endpoint keeps its conversations (their lifetime, which the tokens extend), their activities
/// (numbered per conversation: the number is the watermark; the newest <see cref="DirectLineOptions.MaxActivitiesPerConversation"/>
/// are kept) and the signal that wakes the streams. <see cref="MemoryDirectLineState"/> is the default (one instance);
/// <see cref="PostgresDirectLineState"/> shares everything between instances on one database.
/// </summary>
public interface IDirectLineState
{
    /// <summary>
    /// Creates conversation <paramref name="id"/> living until <paramref name="expiresAt"/>. Conversations opened without the
    /// secret (<paramref name="anonymous"/>) may fill <see cref="DirectLineOptions.MaxConversations"/> only up to
    /// <see cref="DirectLineOptions.ReservedForSecretConversations"/> below it (probe finding 5); at a cap, the conversation idle
    /// longest (at least <see cref="DirectLineOptions.IdleConversationMinutes"/>; an anonymous creator evicts only anonymous
    /// ones) is evicted to make room. False when no room could be made.
    /// </summary>
    Task<bool> CreateAsync(string id, string userId, DateTimeOffset expiresAt, bool anonymous, CancellationToken cancellationToken = default);

    /// <summary>The live conversation, or null when unknown or expired.</summary>
    Task<DirectLineConversationInfo?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Keeps the conversation at least until <paramref name="until"/>.</summary>
    Task ExtendAsync(string id, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Marks the welcome sent; true only for the one caller that changed it (on any instance).</summary>
    Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="activity"/> with id <c>{conversation}|{sequence}</c> and timestamp <paramref name="now"/>, and wakes
    /// the conversation's streams on every instance; null when the conversation no longer exists.
    /// </summary>
    Task<Activity?> AppendAsync(string id, Activity activity, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The kept activities after <paramref name="watermark"/> and the new watermark.</summary>
    Task<(IReadOnlyList<Activity> Activities, long Watermark)> SinceAsync(string id, long watermark, CancellationToken cancellationToken = default);

    /// <summary>A task completed by the conversation's next change (take it before reading, then await it).</summary>
    Task NextChange(string id);

    /// <summary>Deletes every stored activity of the conversation ("vergeet mij"); the numbering goes on.</summary>
    Task ForgetActivitiesAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>The stored form of an activity's id: <c>{conversation}|{sequence, 7 digits}</c>.</summary>
public static class DirectLineActivityIds
{
    public static Activity Stamp(Activity activity, string conversationId, long sequence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with { Id = $"{conversationId}|{sequence:D7}", Timestamp = now };
    }
}
