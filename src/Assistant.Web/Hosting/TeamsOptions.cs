namespace Assistant.Web.Hosting;

/// <summary>Microsoft Teams specifics (configuration section <c>Assistant:Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Assistant:Teams";

    /// <summary>
    /// Entra tenant ids whose Teams users may talk to the bot (<c>channelData.tenant.id</c> or <c>conversation.tenantId</c>);
    /// empty = every tenant. Activities from other tenants are refused with 403 and nothing is stored.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// The public vacancy page a card of the message extension links to, with <c>{id}</c> for the vacancy id (e.g.
    /// <c>https://jobs.example.be/?vacancy={id}</c>); empty = the cards have no link.
    /// </summary>
    public string? VacancyPageUrl { get; set; }

    /// <summary>Whether <paramref name="tenantId"/> may use the bot.</summary>
    public bool Allows(string? tenantId) =>
        AllowedTenants.Count == 0 || (tenantId is { Length: > 0 } && AllowedTenants.Any(t => string.Equals(t.Trim(), tenantId, StringComparison.OrdinalIgnoreCase)));
}
