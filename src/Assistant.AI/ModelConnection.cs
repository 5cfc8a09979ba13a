namespace Assistant.AI;

/// <summary>The configured model's gateway, or none (<see cref="Gateway"/> null: provider <c>none</c>, nothing built, nothing on the network).</summary>
public sealed record ModelConnection(ModelGateway? Gateway);
