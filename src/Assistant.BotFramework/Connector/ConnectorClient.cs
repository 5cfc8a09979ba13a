using System.Net.Http.Headers;
using System.Text;
using Assistant.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// Sends, updates and deletes activities through the channel's connector at the activity's
/// <c>serviceUrl</c> (its path prefix is kept). Retries 429 (honouring Retry-After), 408 and 5xx;
/// sends the bot's token only to trusted service URLs. A typed <see cref="HttpClient"/> client.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    IConnectorTokenProvider tokenProvider,
    ConnectorServiceUrlTrust trust,
    IOptions<ConnectorClientOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    private readonly ConnectorClientOptions settings = options.Value;

    /// <summary>Trusts a service URL that arrived in an authenticated activity (see <see cref="ConnectorServiceUrlTrust"/>).</summary>
    public void TrustServiceUrl(string serviceUrl) => trust.Trust(serviceUrl);

    /// <summary>POST <c>v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, string replyToId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        var reply = string.IsNullOrEmpty(activity.ReplyToId) ? activity with { ReplyToId = replyToId } : activity;
        return SendAsync(HttpMethod.Post, activity.ServiceUrl, ActivitiesPath(ConversationId(activity), replyToId), reply, cancellationToken);
    }

    /// <summary>POST <c>v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync(HttpMethod.Post, activity.ServiceUrl, ActivitiesPath(ConversationId(activity), null), activity, cancellationToken);
    }

    /// <summary>PUT <c>v3/conversations/{conversationId}/activities/{activity.Id}</c>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        }

        return SendAsync(HttpMethod.Put, activity.ServiceUrl, ActivitiesPath(ConversationId(activity), activity.Id), activity, cancellationToken);
    }

    /// <summary>DELETE <c>v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        await SendAsync(HttpMethod.Delete, serviceUrl, ActivitiesPath(conversationId, activityId), null, cancellationToken).ConfigureAwait(false);
    }

    private static string ConversationId(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id
            ? id
            : throw new ArgumentException("The activity has no conversation id.", nameof(activity));

    private static string ActivitiesPath(string conversationId, string? activityId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
        + (activityId is null ? string.Empty : "/" + Uri.EscapeDataString(activityId));

    private static Uri Resolve(string? serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The activity needs an absolute http(s) serviceUrl.", nameof(serviceUrl));
        }

        var prefix = baseUri.GetLeftPart(UriPartial.Path);
        return new Uri(prefix.EndsWith('/') ? prefix + relativePath : prefix + "/" + relativePath);
    }

    private async Task<ResourceResponse> SendAsync(
        HttpMethod method, string? serviceUrl, string relativePath, Activity? activity, CancellationToken cancellationToken)
    {
        var uri = Resolve(serviceUrl, relativePath);
        var useToken = !string.IsNullOrWhiteSpace(settings.AppId);
        if (useToken && !trust.IsTrusted(uri))
        {
            throw new InvalidOperationException(
                $"Refusing to send the bot's token to untrusted service URL {uri.GetLeftPart(UriPartial.Authority)}: "
                + $"it did not arrive in an authenticated activity and is not in {ConnectorClientOptions.SectionName}:AllowedServiceUrls.");
        }

        var json = activity is null ? null : ActivityJson.Serialize(activity);
        var maxRetries = Math.Max(0, settings.MaxRetries);
        for (var attempt = 1; ; attempt++)
        {
            var token = useToken ? await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false) : null;
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                ConnectorLog.Sent(logger, method.Method, uri.Host, (int)response.StatusCode);
                return await ConnectorResponses.ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            }

            if (attempt <= maxRetries
                && ConnectorRetry.IsTransient(response.StatusCode)
                && ConnectorRetry.Delay(response, attempt, settings, timeProvider.GetUtcNow()) is { } delay)
            {
                ConnectorLog.Retrying(logger, method.Method, uri.Host, (int)response.StatusCode, attempt, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var error = await ConnectorResponses.ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            ConnectorLog.Failed(logger, method.Method, uri.Host, (int)response.StatusCode, error.Code, attempt);
            throw error;
        }
    }
}
