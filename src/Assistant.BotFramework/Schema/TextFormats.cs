namespace Assistant.BotFramework.Schema;

/// <summary>Values of a message's textFormat.</summary>
public static class TextFormats
{
    /// <summary><c>plain</c></summary>
    public const string Plain = "plain";

    /// <summary><c>markdown</c></summary>
    public const string Markdown = "markdown";

    /// <summary><c>xml</c></summary>
    public const string Xml = "xml";
}
