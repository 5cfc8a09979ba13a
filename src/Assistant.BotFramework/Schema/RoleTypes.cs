namespace Assistant.BotFramework.Schema;

/// <summary>Roles of a channel account.</summary>
public static class RoleTypes
{
    /// <summary><c>user</c></summary>
    public const string User = "user";

    /// <summary><c>bot</c></summary>
    public const string Bot = "bot";

    /// <summary><c>skill</c></summary>
    public const string Skill = "skill";
}
