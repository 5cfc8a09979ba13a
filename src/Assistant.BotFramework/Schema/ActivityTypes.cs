namespace Assistant.BotFramework.Schema;

/// <summary>Activity types (strings, so unknown types still parse).</summary>
public static class ActivityTypes
{
    /// <summary><c>message</c></summary>
    public const string Message = "message";

    /// <summary><c>conversationUpdate</c></summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary><c>installationUpdate</c></summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary><c>invoke</c></summary>
    public const string Invoke = "invoke";

    /// <summary><c>invokeResponse</c></summary>
    public const string InvokeResponse = "invokeResponse";

    /// <summary><c>typing</c></summary>
    public const string Typing = "typing";

    /// <summary><c>endOfConversation</c></summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary><c>event</c></summary>
    public const string Event = "event";

    /// <summary><c>messageReaction</c></summary>
    public const string MessageReaction = "messageReaction";

    /// <summary><c>messageUpdate</c></summary>
    public const string MessageUpdate = "messageUpdate";

    /// <summary><c>messageDelete</c></summary>
    public const string MessageDelete = "messageDelete";

    /// <summary><c>contactRelationUpdate</c></summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";

    /// <summary><c>trace</c></summary>
    public const string Trace = "trace";
}
