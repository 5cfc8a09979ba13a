namespace Assistant.Core.Answers;

/// <summary>The channels a turn arrives on (<see cref="TurnInput.Channel"/>); the strings are the wire values.</summary>
public static class Channels
{
    /// <summary>The website's Web Chat (Direct Line) and other Bot Framework channels, and /api/ask.</summary>
    public const string Web = "web";

    /// <summary>Microsoft Teams.</summary>
    public const string Teams = "teams";

    /// <summary>The command line.</summary>
    public const string Cli = "cli";

    public static IReadOnlyList<string> All { get; } = [Web, Teams, Cli];
}
