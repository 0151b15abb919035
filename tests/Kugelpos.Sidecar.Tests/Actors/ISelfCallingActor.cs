using Dapr.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>The interface of <see cref="SelfCallingActor"/>, called without remoting.</summary>
public interface ISelfCallingActor : IActor
{
    /// <summary>
    /// Calls itself <see cref="Descent.Levels"/> calls deep, each nested call giving up after
    /// <see cref="Descent.TimeoutMilliseconds"/>: <c>bottom</c> when the deepest call ran,
    /// <c>waited {entries so far}</c> when a nested call was held back, or the Dapr error code of a refused one.
    /// </summary>
    Task<string> DescendAsync(Descent descent);

    /// <summary>Activates the actor and does nothing else.</summary>
    Task TouchAsync();
}
