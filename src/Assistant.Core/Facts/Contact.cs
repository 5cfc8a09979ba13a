namespace Assistant.Core.Facts;

/// <summary>A contact person or address and the topics they answer ("content", "procedure", "salary", "benefits", "application", "general").</summary>
public sealed record Contact
{
    public string? Name { get; init; }
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required Citation Citation { get; init; }
}
