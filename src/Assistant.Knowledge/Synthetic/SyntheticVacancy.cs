namespace Assistant.Knowledge.Synthetic;

/// <summary>A generated vacancy document: its id (folder or file name in the knowledge base) and its text.</summary>
/// <param name="Id">The vacancy id, e.g. "synth-00042-beekdonk-jurist".</param>
/// <param name="Text">The document as plain text.</param>
/// <param name="Level">The level A–E it was generated for.</param>
public sealed record SyntheticVacancy(string Id, string Text, char Level);
