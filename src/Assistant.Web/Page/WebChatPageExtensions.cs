namespace Assistant.Web.Page;

/// <summary>The public web page at <c>/</c> (wwwroot: index.html and Web Chat's bundle) and its token endpoint.</summary>
public static class WebChatPageExtensions
{
    /// <summary>The page's options (<c>Assistant:WebChat</c>) and the client for another Direct Line service's tokens.</summary>
    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<RemoteDirectLineTokens>(client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    /// <summary>Serves <c>wwwroot</c> with <c>index.html</c> as the default document, with a few security headers.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "no-cache";
                    headers.XFrameOptions = "SAMEORIGIN";
                    Http.SecurityHeaders.ApplyToPage(context.Context);
                }
            },
        });
        return app;
    }

    /// <summary><c>POST /api/webchat/token</c>.</summary>
    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapWebChatToken();
        return app;
    }
}
