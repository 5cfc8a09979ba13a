namespace Assistant.Core.Facts;

/// <summary>An extra condition of an admission route, such as a test to pass ("kind": "test").</summary>
public sealed record RouteCondition(string Kind, string Name, Citation Citation);
