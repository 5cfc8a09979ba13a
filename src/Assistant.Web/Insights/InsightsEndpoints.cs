using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Insights;
using Assistant.Knowledge.Base;
using Assistant.Storage;
using Assistant.Tools.Time;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Assistant.Web.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Insights;

/// <summary>
/// <c>GET /hr/insights?since=YYYY-MM-DD&amp;lang=nl|en|fr</c>: what candidates ask (<see cref="InsightsBuilder"/> over the
/// store's redacted transcripts and votes), behind the staff access rule of <c>/staff</c> (loopback, the access key header,
/// or the key form's cookie; others get the key form with 403). The period starts at <c>since</c> (Europe/Brussels) or at
/// the start of the retention period.
/// </summary>
public static class InsightsEndpoints
{
    public static IEndpointRouteBuilder MapHrInsights(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/hr/insights", PageAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return endpoints;
    }

    private static async Task<IResult> PageAsync(
        HttpContext http, string? since, string? lang, IConversationStore store, KnowledgeBase knowledge, TimeProvider time,
        IOptions<StaffOptions> staff, IOptions<StorageOptions> storage)
    {
        SecurityHeaders.ProtectStaffPage(http, dataImages: true);
        if (!StaffGate.IsAllowed(http, staff.Value))
        {
            return Results.Content(StaffPageHtml.Forbidden(!string.IsNullOrEmpty(staff.Value.AccessKey), wrongKey: false), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var language = Texts.Languages.Contains(lang) ? lang! : "nl";
        var now = time.GetUtcNow();
        var from = DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= Brussels.Today(now)
            ? day
            : Brussels.Today(now).AddDays(-storage.Value.RetentionDays);
        var start = Brussels.Instant(from, TimeOnly.MinValue);
        var records = await store.ReadInsightsAsync(start, http.RequestAborted).ConfigureAwait(false);
        var report = InsightsBuilder.Build(records, start, now, knowledge.CurrentOrNull);
        return Results.Content(InsightsPage.Render(report, language), "text/html; charset=utf-8");
    }
}
