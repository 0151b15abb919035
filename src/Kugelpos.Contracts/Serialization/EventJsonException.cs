namespace Kugelpos.Contracts.Serialization;

/// <summary>
/// Wire JSON that is not a valid event: malformed, missing <c>event_id</c> or an
/// identity field, or a field of the wrong shape. The message names the field and
/// never echoes field values.
/// </summary>
public sealed class EventJsonException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public EventJsonException()
        : base("The event JSON is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EventJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EventJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message, the JSON path at fault and the cause.</summary>
    public EventJsonException(string message, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The JSON path at fault, e.g. <c>$.event_id</c>, when known.</summary>
    public string? Path { get; }
}
