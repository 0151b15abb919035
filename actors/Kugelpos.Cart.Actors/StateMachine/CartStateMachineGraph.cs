using Kugelpos.Cart.Abstractions;
using Stateless;
using Stateless.Graph;

namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>
/// The picture of the cart's state machine, generated from the same definition the machine runs
/// (docs/cart-state-machine.dot and .mmd hold the copies a test keeps current).
/// </summary>
public static class CartStateMachineGraph
{
    /// <summary>The machine as a Graphviz DOT graph.</summary>
    public static string Dot() => UmlDotGraph.Format(Describe());

    /// <summary>The machine as a Mermaid state diagram.</summary>
    public static string Mermaid() => MermaidGraph.Format(Describe());

    private static Stateless.Reflection.StateMachineInfo Describe()
    {
        // A new cart starts in Initial; the picture shows that as its entry point.
        var machine = new StateMachine<CartState, CartOperation>(CartState.Initial);
        CartStateRules.Configure(machine);
        return machine.GetInfo();
    }
}
