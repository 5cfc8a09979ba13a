namespace Assistant.Web.Hosting;

/// <summary>Finds and loads the repository-root appsettings.json, the same file the CLI uses.</summary>
public static class RepositorySettings
{
    /// <summary>The folder with appsettings.json and knowledge/: the current directory or a parent, else <paramref name="contentRoot"/>.</summary>
    public static string FindBaseDirectory(string contentRoot)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        return contentRoot;
    }

    /// <summary>
    /// Adds <c>appsettings.json</c> from <paramref name="baseDirectory"/>, then environment variables and the command
    /// line again so they still override it.
    /// </summary>
    public static IConfigurationBuilder AddRepositorySettings(this IConfigurationBuilder configuration, string baseDirectory, string[] args) =>
        configuration
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);

    /// <summary>Resolves a configured path against <paramref name="baseDirectory"/> unless it is absolute.</summary>
    public static string Resolve(string baseDirectory, string path) => Path.GetFullPath(Path.Combine(baseDirectory, path));

    /// <summary>Listens on http://127.0.0.1:5000 unless <c>--urls</c> / <c>ASPNETCORE_URLS</c> say otherwise.</summary>
    public static IWebHostBuilder UseLoopbackByDefault(this IWebHostBuilder host, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(host);
        return string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]) ? host.UseUrls("http://127.0.0.1:5000") : host;
    }
}
