using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Base;
using Assistant.Web.DirectLine;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Page;

/// <summary>
/// <c>POST /api/webchat/token</c> <c>{vacancy?}</c>: the page's backend. Issues a Direct Line token server-side (the
/// same conversations and token service as <c>/v3/directline/tokens/generate</c>, so the secret never reaches the browser),
/// or, when <see cref="WebChatOptions.DirectLineUrl"/> is set, gets one from that Direct Line service with its secret.
/// </summary>
public static partial class WebChatTokenEndpoint
{
    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/webchat/token", IssueAsync).RequireRateLimiting(ClientRateLimiting.AnonymousTokens);
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, DirectLineConversations conversations, DirectLineTokens tokens, KnowledgeBase knowledge, IOptions<WebOptions> web, IOptions<WebChatOptions> page, IServiceProvider services,
        DirectLineTurns turns)
    {
        var body = await LimitedBody.ReadAsync(http.Request, web.Value.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge($"The body is larger than {web.Value.MaxBodyBytes} bytes.");
        }

        string? vacancy;
        string? locale;
        try
        {
            (vacancy, locale) = (Vacancy(body), Locale(body));
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON.");
        }

        var found = vacancy is null ? null : knowledge.Current.Find(vacancy)?.Facts;
        http.Response.Headers.CacheControl = "no-store";
        if (page.Value.UsesRemoteDirectLine)
        {
            try
            {
                var remote = await services.GetRequiredService<RemoteDirectLineTokens>().GenerateAsync(DirectLineTokenEndpoints.NewUserId(), http.RequestAborted);
                return Results.Json(new WebChatTokenResponse(
                    remote.Token, remote.ConversationId, remote.ExpiresIn, found?.Id, found?.Title, found?.Organisation,
                    VacancyNotFound: vacancy is not null && found is null, Domain: page.Value.DirectLineUrl!.TrimEnd('/')));
            }
            catch (HttpRequestException ex)
            {
                PageLog.RemoteTokenFailed(services.GetRequiredService<ILogger<WebChatOptions>>(), ex.Message);
                return Problems.Status(StatusCodes.Status502BadGateway, "The Direct Line service did not issue a token; try again later.");
            }
        }

        if (await conversations.CreateAsync(DirectLineTokenEndpoints.NewUserId(), anonymous: true, http.RequestAborted) is not { } conversation)
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Too many open conversations; try again later.");
        }

        var (token, claims) = tokens.Issue(conversation.Id, conversation.UserId);
        await conversations.KeepForAsync(conversation, claims.ExpiresAt, http.RequestAborted);
        if (found is not null)
        {
            // The welcome names the page's vacancy: it is sent now, so Web Chat's start of the conversation finds it (once).
            await turns.StartAsync(conversation, DirectLineUrls.ServiceUrl(http.Request), locale, found.Id, http.RequestAborted);
        }

        return Results.Json(new WebChatTokenResponse(
            token, conversation.Id, tokens.ExpiresInSeconds, found?.Id, found?.Title, found?.Organisation, VacancyNotFound: vacancy is not null && found is null));
    }

    /// <summary>The <c>vacancy</c> of the body when it looks like a vacancy id (lowercase slug); otherwise null.</summary>
    private static string? Vacancy(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("vacancy", out var vacancy) && vacancy.ValueKind == JsonValueKind.String
            && vacancy.GetString() is { } value && VacancyId().IsMatch(value)
            ? value
            : null;
    }

    /// <summary>The page's <c>locale</c> ("nl-NL", "en-US", "fr-FR") when the body has a well-formed one; otherwise null.</summary>
    private static string? Locale(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("locale", out var locale) && locale.ValueKind == JsonValueKind.String
            && locale.GetString() is { Length: 2 or 5 } value && value[..2].All(char.IsAsciiLetterLower)
            && (value.Length == 2 || (value[2] == '-' && value[3..].All(char.IsAsciiLetterUpper)))
            ? value
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,119}$", RegexOptions.CultureInvariant)]
    private static partial Regex VacancyId();
}
