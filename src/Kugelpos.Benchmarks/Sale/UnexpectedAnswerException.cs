namespace Kugelpos.Benchmarks.Sale;

/// <summary>A Kugelpos service answered a benchmark call with another status than the one the API promises.</summary>
public sealed class UnexpectedAnswerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnexpectedAnswerException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public UnexpectedAnswerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public UnexpectedAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
