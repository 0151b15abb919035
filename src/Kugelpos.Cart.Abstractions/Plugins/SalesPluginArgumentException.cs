namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// An argument of the plugin configuration is missing or unusable. The getters of
/// <see cref="SalesPluginArguments"/> throw it; a plugin's constructor may throw it too for a value
/// it refuses (out of range, unknown name). The cart service then refuses to start, naming the
/// configuration entry and this message.
/// </summary>
/// <param name="argumentName">The argument at fault, as the configuration names it.</param>
/// <param name="problem">What is wrong with it, e.g. "must be a whole number, not 'abc'".</param>
public sealed class SalesPluginArgumentException(string argumentName, string problem)
    : Exception($"argument '{argumentName}' {problem}")
{
    /// <summary>The argument at fault, as the configuration names it.</summary>
    public string ArgumentName { get; } = argumentName;
}
