using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Assistant.Web.Page;

/// <summary>
/// Where the page's Web Chat connects (configuration section <c>Assistant:WebChat</c>). By default it is this host's own
/// Direct Line endpoint; with <see cref="DirectLineUrl"/> and <see cref="DirectLineSecret"/> the page's backend gets its
/// tokens from another Direct Line service instead (Azure Bot Service's, e.g.
/// <c>https://directline.botframework.com/v3/directline</c>), whose bot is this host's <c>/api/messages</c>.
/// </summary>
public sealed class WebChatOptions : IValidatableObject
{
    public const string SectionName = "Assistant:WebChat";

    /// <summary>The Direct Line service's base URL (ending in <c>/v3/directline</c>); empty = this host's endpoint.</summary>
    public string? DirectLineUrl { get; set; }

    /// <summary>That service's channel secret (server side only: the page gets short-lived tokens).</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Whether the page uses another Direct Line service.</summary>
    public bool UsesRemoteDirectLine => !string.IsNullOrWhiteSpace(DirectLineUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesRemoteDirectLine)
        {
            yield break;
        }

        if (!Uri.TryCreate(DirectLineUrl, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))))
        {
            yield return new ValidationResult(
                $"{SectionName}:DirectLineUrl must be an absolute https URL (http only on loopback), e.g. https://directline.botframework.com/v3/directline.",
                [nameof(DirectLineUrl)]);
        }

        if (string.IsNullOrWhiteSpace(DirectLineSecret))
        {
            yield return new ValidationResult($"{SectionName}:DirectLineSecret is required with {SectionName}:DirectLineUrl.", [nameof(DirectLineSecret)]);
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
