using System.Diagnostics.CodeAnalysis;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// Stands in for a logged exception whose text held a secret (a connection string with a password,
/// a token in a message): sinks render an exception through <see cref="ToString"/>, so that is where
/// the masked text is served.
/// </summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors",
    Justification = "Only built by the masking sink around an existing exception; never thrown.")]
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(string message, string text)
        : base(message)
    {
        _text = text;
    }

    public override string ToString() => _text;
}
