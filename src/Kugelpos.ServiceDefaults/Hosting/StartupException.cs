namespace Kugelpos.ServiceDefaults.Hosting;

/// <summary>A start-up failure with a message meant for the person at the console: what could not start, and why.</summary>
public sealed class StartupException(string message, Exception inner) : Exception(message, inner);
