using Assistant.Web.Page;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Http;

/// <summary>
/// Response headers against content sniffing and injection (probe finding 6): <c>X-Content-Type-Options: nosniff</c> on
/// every response (the JSON APIs included), and the Content-Security-Policy of the Web Chat page.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Adds <c>nosniff</c> to every response (set before the response starts, whatever the endpoint).</summary>
    public static IApplicationBuilder UseNoSniff(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });

    /// <summary>
    /// The policy of the Web Chat page: scripts, styles and images from this host only (Web Chat injects its styles, so
    /// inline styles are allowed; no inline or evaluated script), the Direct Line endpoint's origin (this host's http and
    /// WebSocket origin, or the configured remote Direct Line service) for connections, no framing by other sites, no
    /// plugins, forms only to this host.
    /// </summary>
    public static string WebChatPolicy(HttpRequest request, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var socket = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        var connect = $"'self' {socket}";
        if (options.UsesRemoteDirectLine && Uri.TryCreate(options.DirectLineUrl, UriKind.Absolute, out var remote))
        {
            var origin = remote.GetLeftPart(UriPartial.Authority);
            var remoteSocket = (remote.Scheme == Uri.UriSchemeHttps ? "wss://" : "ws://") + remote.Authority;
            connect += $" {origin} {remoteSocket}";
        }

        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + $"connect-src {connect}; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    }

    /// <summary>
    /// The headers of the staff pages (<c>/staff</c>, <c>/hr/insights</c>): never cached, never framed, no referrer to other
    /// sites, everything from this host only; <paramref name="dataImages"/> allows the inline <c>data:</c> images a page
    /// inlines itself.
    /// </summary>
    public static void ProtectStaffPage(HttpContext http, bool dataImages = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = "default-src 'self'; " + (dataImages ? "img-src 'self' data:; " : "")
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    }

    /// <summary>The policy for an HTML file served from wwwroot (the page at <c>/</c>).</summary>
    internal static void ApplyToPage(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value;
        context.Response.Headers.ContentSecurityPolicy = WebChatPolicy(context.Request, options);
    }
}
