namespace Assistant.Web.DirectLine;

/// <summary>The id the server gave a posted activity: <c>{id}</c>.</summary>
public sealed record ResourceResponse(string Id);
