using System.Net;

namespace Assistant.Web.Http;

/// <summary>Where a request comes from.</summary>
public static class ClientAddress
{
    /// <summary>Whether the request arrived from this machine (a missing address counts as not loopback).</summary>
    public static bool IsLoopback(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
    }
}
