namespace Assistant.Knowledge.Base;

/// <summary>A problem that kept a document or a curated file from loading; the other vacancies still load.</summary>
/// <param name="VacancyId">The vacancy concerned.</param>
/// <param name="File">The file (relative to the knowledge folder).</param>
/// <param name="Message">What is wrong, including line and field for YAML errors.</param>
public sealed record LoadError(string VacancyId, string File, string Message);
