using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.AI.Configuration;

/// <summary>
/// Builds the Semantic Kernel of the configured provider, with the deterministic tools as plugins, or nothing when the
/// provider is <c>none</c>. Requests go through a <see cref="RetryHandler"/> (429/5xx with Retry-After).
/// </summary>
public static class ModelKernelFactory
{
    /// <summary>
    /// The kernel, or null when no model is configured (then nothing is created and nothing goes on the network).
    /// <paramref name="handler"/> replaces the socket handler under the retry handler (tests).
    /// </summary>
    public static Kernel? Create(ModelOptions options, TimeProvider time, IEnumerable<object>? plugins = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!options.Enabled)
        {
            return null;
        }

        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }

#pragma warning disable CA2000 // The HttpClient lives as long as the kernel's chat service.
        var http = new HttpClient(new RetryHandler(options.MaxRetries, options.MaxRetryDelay, time, handler)) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        var builder = Kernel.CreateBuilder();
        switch (options.Provider.Trim().ToLowerInvariant())
        {
            case ModelOptions.AzureOpenAI when !string.IsNullOrWhiteSpace(options.ApiKey):
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, options.Endpoint!, options.ApiKey, httpClient: http);
                break;
            case ModelOptions.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, options.Endpoint!, new DefaultAzureCredential(), httpClient: http);
                break;
            case ModelOptions.OpenAICompatible:
                builder.AddOpenAIChatCompletion(options.ModelId!, new Uri(options.BaseUrl!), string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey, httpClient: http);
                break;
        }

        return WithPlugins(builder.Build(), plugins);
    }

    /// <summary>A kernel over a given chat service (a scripted model for <c>assistant eval --model fake:…</c>, tests) with the plugins.</summary>
    public static Kernel Create(IChatCompletionService chat, IEnumerable<object>? plugins = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        return WithPlugins(builder.Build(), plugins);
    }

    private static Kernel WithPlugins(Kernel kernel, IEnumerable<object>? plugins)
    {
        foreach (var plugin in plugins ?? [])
        {
            kernel.Plugins.AddFromObject(plugin, plugin is Plugins.VacancyPlugin ? Plugins.VacancyPlugin.Name : null);
        }

        return kernel;
    }
}
