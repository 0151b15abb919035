namespace Kugelpos.DocumentStore;

/// <summary>The configured document store cannot be used; the message names the setting to fix.</summary>
public sealed class DocumentStoreConfigurationException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public DocumentStoreConfigurationException()
        : this("The document store configuration cannot be used.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentStoreConfigurationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public DocumentStoreConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Setting = string.Empty;
    }

    /// <summary>Creates the exception naming the setting at fault.</summary>
    public DocumentStoreConfigurationException(string setting, string message, Exception? innerException)
        : base(message, innerException)
    {
        Setting = setting;
    }

    /// <summary>The configuration key at fault, e.g. <c>Kugelpos:DocumentStore:DataPath</c>.</summary>
    public string Setting { get; }
}
