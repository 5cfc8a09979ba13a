namespace Assistant.BotFramework.Connector;

/// <summary>The connector's answer to a send or update: the activity's id, when it gave one.</summary>
public sealed record ResourceResponse(string? Id);
