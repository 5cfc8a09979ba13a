namespace Assistant.Web.Tests;

/// <summary>One default web host shared by a test class.</summary>
public sealed class WebHostFixture : IDisposable
{
    public WebHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
