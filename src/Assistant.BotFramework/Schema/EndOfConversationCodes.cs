namespace Assistant.BotFramework.Schema;

/// <summary>Codes of an endOfConversation activity.</summary>
public static class EndOfConversationCodes
{
    /// <summary><c>unknown</c></summary>
    public const string Unknown = "unknown";

    /// <summary><c>completedSuccessfully</c></summary>
    public const string CompletedSuccessfully = "completedSuccessfully";

    /// <summary><c>userCancelled</c></summary>
    public const string UserCancelled = "userCancelled";

    /// <summary><c>botTimedOut</c></summary>
    public const string BotTimedOut = "botTimedOut";

    /// <summary><c>botIssuedInvalidMessage</c></summary>
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";

    /// <summary><c>channelFailed</c></summary>
    public const string ChannelFailed = "channelFailed";
}
