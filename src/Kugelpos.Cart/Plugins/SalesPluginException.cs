namespace Kugelpos.Cart.Plugins;

/// <summary>What is wrong with one plugin entry; the loader adds the entry's name.</summary>
/// <param name="problem">The problem, e.g. "type 'X' was not found in assembly 'Y'".</param>
internal sealed class SalesPluginException(string problem) : Exception(problem);
