namespace Kugelpos.Host;

/// <summary>A start-up failure with a message meant for the person at the console.</summary>
public sealed class StartupException(string message, Exception inner) : Exception(message, inner);
