namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>
/// What a POS device asks of its cart: the triggers of <see cref="CartStateMachine"/>, one per
/// cart operation of the API that the cart's state allows or refuses.
/// </summary>
public enum CartOperation
{
    /// <summary>Create the cart.</summary>
    Create,

    /// <summary>Read the cart.</summary>
    Get,

    /// <summary>Add line items.</summary>
    AddItem,

    /// <summary>Cancel a line item.</summary>
    CancelLineItem,

    /// <summary>Change a line item's quantity.</summary>
    ChangeQuantity,

    /// <summary>Change a line item's unit price.</summary>
    ChangeUnitPrice,

    /// <summary>Add discounts to a line item.</summary>
    AddLineDiscount,

    /// <summary>Close item entry and total the cart for payment.</summary>
    Subtotal,

    /// <summary>Add discounts to the subtotal.</summary>
    AddSubtotalDiscount,

    /// <summary>Add payments.</summary>
    AddPayment,

    /// <summary>Go back from payment to item entry; the cart's payments are cleared.</summary>
    ResumeItemEntry,

    /// <summary>Finish the sale: the transaction is numbered and logged.</summary>
    Bill,

    /// <summary>Cancel the sale.</summary>
    Cancel,
}
