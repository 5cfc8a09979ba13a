using Microsoft.Extensions.Configuration;

namespace Assistant.AI.Configuration;

/// <summary>
/// The optional language model, from the configuration section <c>Model</c>. <see cref="Provider"/> is <c>none</c> by
/// default: no model, no network, the answers of the rules unchanged. <c>azure-openai</c> needs <see cref="Endpoint"/>
/// and <see cref="Deployment"/> and signs in with <see cref="ApiKey"/> or, without a key, Entra ID
/// (DefaultAzureCredential: managed identity, workload identity, Azure CLI…). <c>openai-compatible</c> needs
/// <see cref="BaseUrl"/> and <see cref="ModelId"/> (a local server such as Ollama or vLLM; the key is optional).
/// </summary>
public sealed class ModelOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Model";

    public const string None = "none";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAICompatible = "openai-compatible";

    /// <summary><c>none</c> (default), <c>azure-openai</c> or <c>openai-compatible</c>.</summary>
    public string Provider { get; set; } = None;

    /// <summary>Azure OpenAI: the resource endpoint (https://NAME.openai.azure.com/).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI: the deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>The API key; for Azure OpenAI, none means Entra ID. Prefer an environment variable (Model__ApiKey) to a file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>OpenAI-compatible: the base URL of the API (e.g. http://127.0.0.1:11434/v1).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>OpenAI-compatible: the model name the server knows.</summary>
    public string? ModelId { get; set; }

    /// <summary>The time budget of one model call, retries included (default 3 s); past it the templated answer is given.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after a 429 or a 5xx (default 2).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>A Retry-After longer than this is not waited for (the call fails and the templated answer is given).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether calls on the hot path ask for a streamed reply (server-sent events; default true). The stream is assembled
    /// before anything is used (the guards need the whole text): a stream that ends without a finish reason (cut off) or
    /// does not end within <see cref="TimeBudget"/> gives the templated answer, never a part of the text.
    /// </summary>
    public bool Streaming { get; set; } = true;

    /// <summary>Which hooks the model serves (<c>Model:Uses:Understanding</c>, <c>:GroundedAnswers</c>, <c>:Phrasing</c>).</summary>
    public ModelUses Uses { get; set; } = new();

    /// <summary>Whether a provider is configured.</summary>
    public bool Enabled => !string.Equals(Provider, None, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(Provider);

    /// <summary>The options of the <c>Model</c> section (defaults when the section is missing).</summary>
    public static ModelOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ModelOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    /// <summary>What is wrong with the options (empty when they can be used).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        switch (Provider.Trim().ToLowerInvariant())
        {
            case "" or None:
                break;
            case AzureOpenAI:
                if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
                {
                    errors.Add("Model:Endpoint must be an absolute URL for azure-openai");
                }

                if (string.IsNullOrWhiteSpace(Deployment))
                {
                    errors.Add("Model:Deployment is required for azure-openai");
                }

                break;
            case OpenAICompatible:
                if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
                {
                    errors.Add("Model:BaseUrl must be an absolute URL for openai-compatible");
                }

                if (string.IsNullOrWhiteSpace(ModelId))
                {
                    errors.Add("Model:ModelId is required for openai-compatible");
                }

                break;
            default:
                errors.Add($"Model:Provider '{Provider}' is not one of none, azure-openai, openai-compatible");
                break;
        }

        if (TimeBudget <= TimeSpan.Zero)
        {
            errors.Add("Model:TimeBudget must be positive");
        }

        if (MaxRetries < 0)
        {
            errors.Add("Model:MaxRetries must not be negative");
        }

        return errors;
    }
}
