namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>The name the terminal actor is registered and called by.</summary>
public static class TerminalActorType
{
    /// <summary>Actor type name, as in <c>ActorProxy.Create&lt;ITerminalActor&gt;(id, Name)</c>.</summary>
    public const string Name = "TerminalActor";
}
