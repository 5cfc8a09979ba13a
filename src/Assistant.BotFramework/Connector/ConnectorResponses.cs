using System.Text.Json;

namespace Assistant.BotFramework.Connector;

/// <summary>Reads the connector's success (<c>{id}</c> or empty) and error (<c>{error: {code, message}}</c>) bodies.</summary>
internal static class ConnectorResponses
{
    public static async Task<ResourceResponse> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(Property(body, static root => root, "id"));
    }

    public static async Task<ConnectorException> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var code = Property(body, Error, "code");
        var message = Property(body, Error, "message")
            ?? $"The connector answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        return new ConnectorException(response.StatusCode, code, message);
    }

    private static JsonElement? Error(JsonElement root) =>
        root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error : null;

    private static string? Property(string body, Func<JsonElement, JsonElement?> select, string name)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || select(document.RootElement) is not { } element)
            {
                return null;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString() is { Length: > 0 } value ? value : null;
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
