using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Json;
using Assistant.Dialogs.Staff;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Staff;

/// <summary>
/// <c>GET /api/staff/search?q=&amp;vacancy=&amp;lang=</c>: the staff page's search (see <see cref="StaffSearchResponse"/>).
/// Staff only (<see cref="StaffGate"/>); 400 for an empty or overlong query, 404 for an unknown vacancy id.
/// </summary>
internal static class StaffSearchEndpoint
{
    /// <summary>The longest query accepted (a search box, not a letter).</summary>
    public const int MaxQueryChars = 300;

    private static readonly string[] Languages = ["nl", "en", "fr"];

    public static async Task<IResult> SearchAsync(
        HttpContext http, string? q, string? vacancy, string? lang, StaffSearch search, TimeProvider time, IOptions<StaffOptions> staff)
    {
        var started = Stopwatch.GetTimestamp();
        if (!StaffGate.IsAllowed(http, staff.Value))
        {
            return Forbidden();
        }

        var query = q?.Trim() ?? "";
        if (query.Length == 0)
        {
            return Problems.BadRequest("The query 'q' is empty.");
        }

        if (query.Length > MaxQueryChars)
        {
            return Problems.BadRequest($"The query 'q' is longer than {MaxQueryChars} characters.");
        }

        var language = Languages.Contains(lang) ? lang! : "nl";
        if (await search.RunAsync(query, vacancy, language, time.GetUtcNow(), http.RequestAborted) is not { } result)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "There is no vacancy with the id given in 'vacancy'; search without it to list the matching vacancies.");
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Server-Timing"] = "search;dur=" + Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        return Results.Json(result, FactsJson.Compact);
    }

    public static IResult Forbidden() =>
        Problems.Status(StatusCodes.Status403Forbidden, "Staff access only: call from this machine, send the X-Access-Key header, or enter the access key on /staff.");
}
