namespace Assistant.Core.Conversations;

/// <summary>The conversation store cannot be used: the database cannot be opened, is not a database, or fails.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() { }

    public StorageUnavailableException(string message) : base(message) { }

    public StorageUnavailableException(string message, Exception inner) : base(message, inner) { }
}
