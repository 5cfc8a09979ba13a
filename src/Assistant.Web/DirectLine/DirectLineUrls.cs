using System.Globalization;

namespace Assistant.Web.DirectLine;

/// <summary>The URLs this host hands out: the stream of a conversation and its own service URL.</summary>
public static class DirectLineUrls
{
    /// <summary>The route prefix of the endpoint.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary><c>ws(s)://host/v3/directline/conversations/{id}/stream?watermark=&amp;t=token</c>.</summary>
    public static string Stream(HttpRequest request, string conversationId, string token, long? watermark = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        var mark = watermark is { } w ? "watermark=" + w.ToString(CultureInfo.InvariantCulture) + "&" : "";
        return $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{mark}t={Uri.EscapeDataString(token)}";
    }

    /// <summary>The service URL put on activities: this host's base address.</summary>
    public static string ServiceUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }

    /// <summary>A watermark parameter: empty = 0; null when it is not a non-negative number.</summary>
    public static long? ParseWatermark(string? watermark) =>
        string.IsNullOrEmpty(watermark) ? 0
        : long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : null;
}
