using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The Direct Line conversations held in memory. A conversation lives until its last token's expiry plus one token
/// lifetime; expired ones are dropped (and then answer 404).
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string IdAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>A new conversation for <paramref name="userId"/>, or null when the limit is reached.</summary>
    public DirectLineConversation? Create(string userId)
    {
        Sweep();
        if (_conversations.Count >= _options.MaxConversations)
        {
            return null;
        }

        var id = RandomNumberGenerator.GetString(IdAlphabet, 22);
        var conversation = new DirectLineConversation(id, userId, _options.MaxActivitiesPerConversation, time.GetUtcNow() + (2 * _options.TokenLifetime));
        _conversations[id] = conversation;
        return conversation;
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
