namespace Assistant.Web.Hosting;

/// <summary>
/// Who is HR (configuration section <c>Assistant:Hr</c>): Teams users of the allowed tenants whose Entra object id is
/// listed, or who write in a listed team or channel (where the app is installed for HR). Everyone else in Teams reads
/// only public general documents; HR documents are answered only to HR, staff documents also on <c>/staff</c>.
/// </summary>
public sealed class HrOptions
{
    public const string SectionName = "Assistant:Hr";

    /// <summary>Entra object ids (<c>from.aadObjectId</c>) of HR members.</summary>
    public IList<string> UserObjectIds { get; } = [];

    /// <summary>Teams team ids (<c>channelData.team.id</c>) whose members count as HR.</summary>
    public IList<string> TeamIds { get; } = [];

    /// <summary>Teams channel ids (<c>channelData.channel.id</c>, or a channel conversation's id before <c>;messageid=</c>) that count as HR.</summary>
    public IList<string> ChannelIds { get; } = [];

    /// <summary>Whether a Teams user or place is configured as HR.</summary>
    public bool IsHr(string? userObjectId, string? teamId, string? channelId) =>
        Listed(UserObjectIds, userObjectId) || Listed(TeamIds, teamId) || Listed(ChannelIds, channelId);

    private static bool Listed(IList<string> list, string? value) =>
        value is { Length: > 0 } && list.Any(x => string.Equals(x.Trim(), value, StringComparison.OrdinalIgnoreCase));
}
