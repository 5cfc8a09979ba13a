namespace Assistant.Web.Hosting;

/// <summary>Who may use the staff lookup <c>/api/ask</c> (configuration section <c>Assistant:Staff</c>).</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Assistant:Staff";

    /// <summary>A shared key accepted in the <c>X-Access-Key</c> header; empty = no key access.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Allow requests from loopback without a key (default true).</summary>
    public bool AllowLoopback { get; set; } = true;

    /// <summary>How long the staff page's login cookie lasts, in hours (8: a working day).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 8;
}
