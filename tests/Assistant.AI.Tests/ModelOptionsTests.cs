using Assistant.AI.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.AI.Tests;

public sealed class ModelOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void WithoutConfiguration_TheModelIsOff_AndNoKernelIsBuilt()
    {
        var options = ModelOptions.From(Config());

        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(3), options.TimeBudget);
        Assert.Null(ModelKernelFactory.Create(options, new FakeTimeProvider()));
    }

    [Fact]
    public void AzureOpenAI_WithAKey_BuildsAChatService()
    {
        var options = ModelOptions.From(Config(("Model:Provider", "azure-openai"), ("Model:Endpoint", "https://example.openai.azure.com/"), ("Model:Deployment", "gpt"), ("Model:ApiKey", "k")));

        var kernel = ModelKernelFactory.Create(options, new FakeTimeProvider());

        Assert.NotNull(kernel);
        Assert.NotNull(kernel.GetRequiredService<IChatCompletionService>());
    }

    [Fact]
    public void AzureOpenAI_WithoutAKey_UsesEntraId()
    {
        var options = ModelOptions.From(Config(("Model:Provider", "azure-openai"), ("Model:Endpoint", "https://example.openai.azure.com/"), ("Model:Deployment", "gpt")));

        Assert.Empty(options.Validate());
        Assert.NotNull(ModelKernelFactory.Create(options, new FakeTimeProvider())?.GetRequiredService<IChatCompletionService>());
    }

    [Theory]
    [InlineData("azure-openai", null, "gpt", "Endpoint")]
    [InlineData("azure-openai", "https://example.openai.azure.com/", null, "Deployment")]
    [InlineData("openai-compatible", null, "llama", "BaseUrl")]
    [InlineData("something", null, null, "not one of")]
    public void IncompleteSettings_AreRefused(string provider, string? url, string? name, string expected)
    {
        var options = new ModelOptions { Provider = provider, Endpoint = url, BaseUrl = url, Deployment = name, ModelId = name };

        Assert.Contains(options.Validate(), error => error.Contains(expected, StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => ModelKernelFactory.Create(options, new FakeTimeProvider()));
    }
}
