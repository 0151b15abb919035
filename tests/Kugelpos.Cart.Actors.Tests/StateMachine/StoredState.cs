using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Tests.StateMachine;

/// <summary>Stands in for the cart document's state field, counting the machine's reads and writes.</summary>
internal sealed class StoredState(CartState state)
{
    public CartState Value { get; set; } = state;

    public int Reads { get; private set; }

    public List<CartState> Writes { get; } = [];

    public CartState Read()
    {
        Reads++;
        return Value;
    }

    public void Write(CartState state)
    {
        Writes.Add(state);
        Value = state;
    }
}
