using System.Diagnostics;
using OpenTelemetry;

namespace Assistant.Hosting.Telemetry;

/// <summary>
/// The last word on what a finished span carries before any exporter sees it (added before the exporters): request
/// paths and URLs hold conversation ids and query strings hold questions (<c>/api/ask?q=…</c>), so a server span's
/// <c>url.path</c> becomes its route template (<c>http.route</c>) or is dropped, <c>url.query</c> is dropped, a client
/// span's <c>url.full</c> keeps its origin only, and the client's address and user agent are dropped. The assistant's own
/// spans tag closed sets only (<see cref="Core.Diagnostics.AssistantTelemetry"/>).
/// </summary>
public sealed class TelemetryScrubber : BaseProcessor<Activity>
{
    /// <summary>Tags removed from every span.</summary>
    public static IReadOnlyList<string> Dropped { get; } =
        ["url.query", "http.target", "client.address", "client.port", "http.client_ip", "net.sock.peer.addr", "user_agent.original", "http.user_agent", "enduser.id", "db.query.parameter", "exception.message", "exception.stacktrace"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Scrub(data);
    }

    /// <summary>Applies the rules above to <paramref name="activity"/>.</summary>
    public static void Scrub(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var name in Dropped)
        {
            if (activity.GetTagItem(name) is not null)
            {
                activity.SetTag(name, null);
            }
        }

        if (activity.GetTagItem("url.path") is not null)
        {
            activity.SetTag("url.path", activity.GetTagItem("http.route") as string);
        }

        foreach (var name in (string[])["url.full", "http.url"])
        {
            if (activity.GetTagItem(name) is { } url)
            {
                activity.SetTag(name, Uri.TryCreate(url.ToString(), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) + "/" : null);
            }
        }
    }
}
