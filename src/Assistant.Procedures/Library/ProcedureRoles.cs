namespace Assistant.Procedures.Library;

/// <summary>
/// The reader's role for general documents: <c>public</c> (the website, a Teams user outside HR), <c>staff</c> (the
/// phone line, <c>/staff</c>, the CLI) or <c>hr</c> (configured HR members in Teams). A role sees the documents of its
/// own audience and of every wider one.
/// </summary>
public static class ProcedureRoles
{
    public const string Public = "public";
    public const string Staff = "staff";
    public const string Hr = "hr";

    /// <summary>The roles a turn may carry.</summary>
    public static IReadOnlyList<string> All { get; } = [Public, Staff, Hr];

    /// <summary>
    /// The role of a turn: the one the channel adapter set, else the channel's default (the CLI's <c>teams</c> acts as an
    /// HR member, <c>cli</c> as staff, anything else as the public).
    /// </summary>
    public static string Of(string? role, string channel) => role is { } r && All.Contains(r) ? r : channel switch
    {
        "teams" => Hr,
        "cli" => Staff,
        _ => Public,
    };

    /// <summary>Whether <paramref name="role"/> may read a document of <paramref name="audience"/>.</summary>
    public static bool CanSee(string role, ProcedureAudience audience) => audience switch
    {
        ProcedureAudience.Public => true,
        ProcedureAudience.Staff => role is Staff or Hr,
        _ => role == Hr,
    };
}
