using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Page;

/// <summary>
/// Gets a Web Chat token from another Direct Line service (<c>POST {DirectLineUrl}/tokens/generate</c> with the secret),
/// for a page that talks to the bot through Azure's Direct Line rather than this host's endpoint.
/// </summary>
public sealed class RemoteDirectLineTokens(HttpClient http, IOptions<WebChatOptions> options)
{
    /// <summary>The token and conversation for a new user <paramref name="userId"/>.</summary>
    /// <exception cref="HttpRequestException">The service could not be reached or refused (its status is in the message).</exception>
    public async Task<RemoteToken> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.DirectLineUrl!.TrimEnd('/') + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the Direct Line service answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        try
        {
            var token = await response.Content.ReadFromJsonAsync<RemoteToken>(cancellationToken).ConfigureAwait(false);
            return token is { Token.Length: > 0, ConversationId.Length: > 0 }
                ? token
                : throw new HttpRequestException("the Direct Line service sent no token");
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("the Direct Line service sent no valid token response", ex);
        }
    }
}

/// <summary>The token response of Direct Line's <c>tokens/generate</c>.</summary>
public sealed record RemoteToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
