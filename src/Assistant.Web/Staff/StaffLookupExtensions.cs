using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Staff;

/// <summary>
/// The phone line's lookup: the page <c>/staff</c> (GET; POST takes the access key from its form) and its search API
/// <c>GET /api/staff/search</c>. Both follow the staff access rule of <c>/api/ask</c> and are rate limited per client IP.
/// </summary>
public static class StaffLookupExtensions
{
    public static IEndpointRouteBuilder MapStaffLookup(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/staff", (HttpContext http, IOptions<StaffOptions> staff) =>
            StaffGate.IsAllowed(http, staff.Value) ? Page(http) : Denied(http, staff.Value, wrongKey: false)).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        endpoints.MapPost("/staff", EnterKeyAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        endpoints.MapGet("/api/staff/search", StaffSearchEndpoint.SearchAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return endpoints;
    }

    private static async Task<IResult> EnterKeyAsync(HttpContext http, IOptions<StaffOptions> staff)
    {
        var key = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["key"].ToString() : null;
        if (!StaffGate.IsKey(key, staff.Value))
        {
            return Denied(http, staff.Value, wrongKey: true);
        }

        StaffGate.Admit(http, staff.Value);
        return Results.Redirect("/staff");
    }

    private static IResult Page(HttpContext http)
    {
        SecurityHeaders.ProtectStaffPage(http);
        return Results.Content(StaffPageHtml.Page, "text/html; charset=utf-8");
    }

    private static IResult Denied(HttpContext http, StaffOptions options, bool wrongKey)
    {
        SecurityHeaders.ProtectStaffPage(http);
        return Results.Content(StaffPageHtml.Forbidden(!string.IsNullOrEmpty(options.AccessKey), wrongKey), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
    }
}
