using System.Net;
using Assistant.Web.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Http;

/// <summary>
/// Behind a reverse proxy (TLS termination, a load balancer): ASP.NET Core's forwarded-headers middleware, for the
/// proxies listed in <see cref="WebOptions.KnownProxies"/> and <see cref="WebOptions.KnownNetworks"/> only, so the rate
/// limits and the loopback rules see the real client (<c>X-Forwarded-For</c>) and HTTPS (<c>X-Forwarded-Proto</c>: the
/// staff cookie's Secure flag, <c>wss://</c> stream URLs). Nothing listed: the headers are ignored (the default, so a
/// client cannot claim another address). Only the nearest hop is taken (one proxy in front).
/// </summary>
public static class ProxyHeaders
{
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var web = app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value;
        if (Options(web) is not { } options)
        {
            return app;
        }

        return app.UseForwardedHeaders(options);
    }

    /// <summary>The middleware's options for the configured proxies, or null when none is configured.</summary>
    public static ForwardedHeadersOptions? Options(WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(web);
        if (web.KnownProxies.Count == 0 && web.KnownNetworks.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in web.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in web.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }
}
