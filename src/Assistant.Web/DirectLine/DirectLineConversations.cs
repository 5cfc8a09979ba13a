using System.Security.Cryptography;
using Assistant.BotFramework.Schema;
using Assistant.Core.Concurrency;
using Assistant.Web.DirectLine.State;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The Direct Line conversations of the endpoint, over <see cref="IDirectLineState"/> (memory, or PostgreSQL shared by every
/// instance). A conversation lives until its last token's expiry plus one token lifetime; expired ones answer 404. Turns of
/// one conversation take turns in this process (<see cref="TurnAsync"/>), so a user's echo and its replies stay together.
/// </summary>
public sealed class DirectLineConversations(IDirectLineState state, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string IdAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private readonly DirectLineOptions _options = options.Value;
    private readonly KeyedLock _turns = new();

    /// <summary>The state underneath (streams wait on its change signal).</summary>
    public IDirectLineState State => state;

    /// <summary>
    /// A new conversation for <paramref name="userId"/>, or null when no room can be made (see
    /// <see cref="IDirectLineState.CreateAsync"/>: <paramref name="anonymous"/> ones have their own budget below the cap).
    /// </summary>
    public async Task<DirectLineConversationInfo?> CreateAsync(string userId, bool anonymous = false, CancellationToken cancellationToken = default)
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, 22);
        var expiresAt = time.GetUtcNow() + (2 * _options.TokenLifetime);
        return await state.CreateAsync(id, userId, expiresAt, anonymous, cancellationToken).ConfigureAwait(false)
            ? new DirectLineConversationInfo(id, userId, false, expiresAt)
            : null;
    }

    /// <summary>The live conversation <paramref name="id"/>, or null when unknown, ended or expired.</summary>
    public Task<DirectLineConversationInfo?> FindAsync(string id, CancellationToken cancellationToken = default) => state.FindAsync(id, cancellationToken);

    /// <summary>Keeps <paramref name="conversation"/> alive for a token that expires at <paramref name="tokenExpiry"/>.</summary>
    public Task KeepForAsync(DirectLineConversationInfo conversation, DateTimeOffset tokenExpiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return state.ExtendAsync(conversation.Id, tokenExpiry + _options.TokenLifetime, cancellationToken);
    }

    /// <summary>Stores an activity now (id and timestamp set) and wakes the streams; null when the conversation is gone.</summary>
    public Task<Activity?> AppendAsync(string id, Activity activity, CancellationToken cancellationToken = default) =>
        state.AppendAsync(id, activity, time.GetUtcNow(), cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> and the new watermark.</summary>
    public Task<(IReadOnlyList<Activity> Activities, long Watermark)> SinceAsync(string id, long watermark, CancellationToken cancellationToken = default) =>
        state.SinceAsync(id, watermark, cancellationToken);

    /// <summary>Waits for the conversation's turn in this process; disposing the result ends the turn.</summary>
    public Task<IDisposable> TurnAsync(string id, CancellationToken cancellationToken = default) => _turns.AcquireAsync(id, cancellationToken);
}
