namespace Assistant.Knowledge.Index;

/// <summary>A search over the passages: free text, optionally within one vacancy; internal documents only when asked for.</summary>
public sealed record SearchQuery(string Text, string? VacancyId = null, bool IncludeInternal = false, int Top = 5);
