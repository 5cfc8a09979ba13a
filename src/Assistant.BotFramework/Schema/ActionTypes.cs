namespace Assistant.BotFramework.Schema;

/// <summary>Kinds of card and suggested actions.</summary>
public static class ActionTypes
{
    /// <summary><c>imBack</c></summary>
    public const string ImBack = "imBack";

    /// <summary><c>postBack</c></summary>
    public const string PostBack = "postBack";

    /// <summary><c>messageBack</c></summary>
    public const string MessageBack = "messageBack";

    /// <summary><c>openUrl</c></summary>
    public const string OpenUrl = "openUrl";
}
