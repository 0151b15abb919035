using Kugelpos.Sidecar.State;

namespace Kugelpos.Sidecar.Actors;

/// <summary>Keys of actors and their jobs inside one host, in daprd's <c>||</c> style.</summary>
internal static class ActorJobKey
{
    /// <summary>The key of one actor.</summary>
    public static string Actor(string actorType, string actorId) => $"{actorType}{StateKeys.Separator}{actorId}";

    /// <summary>The key of one actor's named job.</summary>
    public static string Of(string actorType, string actorId, string name) =>
        $"{actorType}{StateKeys.Separator}{actorId}{StateKeys.Separator}{name}";
}
