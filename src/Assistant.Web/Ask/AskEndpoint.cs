using System.Text.Json;
using Assistant.Core.Answers;
using Assistant.Core.Json;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Ask;

/// <summary>
/// <c>GET /api/ask?q=&amp;vacancy=&amp;now=&amp;lang=</c> and <c>POST /api/ask {question, vacancy, now, channel}</c>:
/// one question in a fresh conversation, answered with the answer contract JSON. Staff only (see <see cref="StaffAccess"/>).
/// </summary>
public static class AskEndpoint
{
    public static IEndpointRouteBuilder MapStaffAsk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/ask", (HttpContext http, string? q, string? vacancy, DateTimeOffset? now, string? lang, IServiceProvider services) =>
            AskAsync(http, new AskRequest(q, vacancy, now, null, lang), services)).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        endpoints.MapPost("/api/ask", PostAsync).RequireRateLimiting(ClientRateLimiting.PerClientIp);
        return endpoints;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<WebOptions>>().Value;
        if (!StaffAccess.IsAllowed(http, services.GetRequiredService<IOptions<StaffOptions>>().Value))
        {
            return Forbidden();
        }

        var body = await LimitedBody.ReadAsync(http.Request, limits.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge($"The body is larger than {limits.MaxBodyBytes} bytes.");
        }

        AskRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<AskRequest>(body, FactsJson.Options);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON {question, vacancy, now, channel}.");
        }

        return await AskAsync(http, request ?? new AskRequest(null), services);
    }

    private static async Task<IResult> AskAsync(HttpContext http, AskRequest request, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<WebOptions>>().Value;
        if (!StaffAccess.IsAllowed(http, services.GetRequiredService<IOptions<StaffOptions>>().Value))
        {
            return Forbidden();
        }

        if (string.IsNullOrWhiteSpace(request.Question))
        {
            return Problems.BadRequest("The question is empty.");
        }

        if (request.Question.Length > limits.MaxMessageChars)
        {
            return Problems.TooLarge($"The question is longer than {limits.MaxMessageChars} characters.");
        }

        var now = request.Now ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
        var input = new TurnInput(request.Question.Trim(), now, request.Channel ?? Channels.Web, string.IsNullOrWhiteSpace(request.Vacancy) ? null : request.Vacancy, request.Lang, "staff");
        var session = services.GetRequiredService<IAssistantSessionFactory>().Create();
        var answer = await session.SendAsync(input, http.RequestAborted);
        return Results.Json(answer, FactsJson.Options);
    }

    private static IResult Forbidden() => Problems.Status(StatusCodes.Status403Forbidden, $"Staff access only: call from this machine or send the {StaffAccess.HeaderName} header.");
}
