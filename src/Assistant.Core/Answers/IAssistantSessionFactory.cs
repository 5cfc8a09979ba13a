namespace Assistant.Core.Answers;

/// <summary>Starts fresh conversations (each evaluation case, each CLI question, each channel conversation).</summary>
public interface IAssistantSessionFactory
{
    IAssistantSession Create();
}
