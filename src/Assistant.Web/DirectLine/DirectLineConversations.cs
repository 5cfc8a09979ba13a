using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The Direct Line conversations held in memory. A conversation lives until its last token's expiry plus one token
/// lifetime; expired ones are dropped (and then answer 404); at the cap, idle ones are evicted to make room.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string IdAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>
    /// A new conversation for <paramref name="userId"/>, or null when the cap is reached and no conversation is idle enough to
    /// evict. Conversations opened without the secret (<paramref name="anonymous"/>: the page's token endpoint) may fill the
    /// cap only up to <see cref="DirectLineOptions.ReservedForSecretConversations"/> below it, so anonymous callers can never
    /// lock out the secret holder (probe finding 5). When full, the conversation idle longest (at least
    /// <see cref="DirectLineOptions.IdleConversationMinutes"/>) is evicted to make room (an anonymous caller evicts only
    /// anonymous ones).
    /// </summary>
    public DirectLineConversation? Create(string userId, bool anonymous = false)
    {
        Sweep();
        var now = time.GetUtcNow();
        var anonymousCap = Math.Max(1, _options.MaxConversations - _options.ReservedForSecretConversations);
        if (anonymous && _conversations.Values.Count(c => c.Anonymous) >= anonymousCap && !EvictIdle(now, anonymousOnly: true))
        {
            return null;
        }

        if (_conversations.Count >= _options.MaxConversations && !EvictIdle(now, anonymousOnly: anonymous))
        {
            return null;
        }

        var id = RandomNumberGenerator.GetString(IdAlphabet, 22);
        var conversation = new DirectLineConversation(id, userId, _options.MaxActivitiesPerConversation, now + (2 * _options.TokenLifetime)) { Anonymous = anonymous };
        conversation.Touch(now);
        _conversations[id] = conversation;
        return conversation;
    }

    /// <summary>Evicts the conversation idle longest if it has been idle long enough; whether one was evicted.</summary>
    private bool EvictIdle(DateTimeOffset now, bool anonymousOnly)
    {
        var idleSince = now - _options.IdleConversationTime;
        var idlest = _conversations.Values
            .Where(c => (!anonymousOnly || c.Anonymous) && c.LastActive <= idleSince)
            .MinBy(c => c.LastActive);
        if (idlest is null)
        {
            return false;
        }

        Remove(idlest);
        return true;
    }

    /// <summary>The live conversation <paramref name="id"/>, or null when unknown, ended or expired.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        if (conversation.Ended || conversation.ExpiresAt <= time.GetUtcNow())
        {
            Remove(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>Keeps <paramref name="conversation"/> alive for a token that expires at <paramref name="tokenExpiry"/>.</summary>
    public void KeepFor(DirectLineConversation conversation, DateTimeOffset tokenExpiry)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Extend(tokenExpiry + _options.TokenLifetime);
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var conversation in _conversations.Values.Where(c => c.Ended || c.ExpiresAt <= now))
        {
            Remove(conversation);
        }
    }

    private void Remove(DirectLineConversation conversation)
    {
        _conversations.TryRemove(conversation.Id, out _);
        conversation.End();
    }
}
