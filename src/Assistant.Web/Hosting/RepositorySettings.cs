namespace Assistant.Web.Hosting;

/// <summary>Loads the repository-root appsettings.json (the folder <see cref="Assistant.Hosting.AssistantPaths.FindBaseDirectory"/> found), the same file the CLI uses.</summary>
public static class RepositorySettings
{
    /// <summary>
    /// Adds <c>appsettings.json</c> from <paramref name="baseDirectory"/>, then environment variables and the command
    /// line again so they still override it.
    /// </summary>
    public static IConfigurationBuilder AddRepositorySettings(this IConfigurationBuilder configuration, string baseDirectory, string[] args) =>
        configuration
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);

    /// <summary>Listens on http://127.0.0.1:5000 unless <c>--urls</c> / <c>ASPNETCORE_URLS</c> say otherwise.</summary>
    public static IWebHostBuilder UseLoopbackByDefault(this IWebHostBuilder host, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(host);
        return string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]) ? host.UseUrls("http://127.0.0.1:5000") : host;
    }
}
