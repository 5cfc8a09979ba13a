using Assistant.Hosting;
using Assistant.Web.Hosting;
using Assistant.Web.DirectLine.State;

namespace Assistant.Web.DirectLine;

/// <summary>
/// "Vergeet mij" on Direct Line: when the engine deletes a Direct Line conversation's state and transcript, this removes the
/// conversation's stored activities too (the user's messages, the answers), so the same token cannot read them back. The
/// numbering goes on: the confirmation that follows is the only activity left.
/// </summary>
public sealed class DirectLineForgetting(IDirectLineState state) : IConversationForgetting
{
    /// <summary>The prefix of the engine's conversation keys on this channel (<see cref="Messages.ConversationKeys.Of"/>).</summary>
    private const string KeyPrefix = DirectLineTurns.ChannelId + ":";

    public Task ForgetAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        return conversationKey.StartsWith(KeyPrefix, StringComparison.Ordinal)
            ? state.ForgetActivitiesAsync(conversationKey[KeyPrefix.Length..].Split('|')[0], cancellationToken)
            : Task.CompletedTask;
    }
}
