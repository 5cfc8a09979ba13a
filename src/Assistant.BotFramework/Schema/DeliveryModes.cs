namespace Assistant.BotFramework.Schema;

/// <summary>Values of an activity's deliveryMode.</summary>
public static class DeliveryModes
{
    /// <summary><c>normal</c></summary>
    public const string Normal = "normal";

    /// <summary><c>notification</c></summary>
    public const string Notification = "notification";

    /// <summary><c>expectReplies</c></summary>
    public const string ExpectReplies = "expectReplies";

    /// <summary><c>ephemeral</c></summary>
    public const string Ephemeral = "ephemeral";
}
