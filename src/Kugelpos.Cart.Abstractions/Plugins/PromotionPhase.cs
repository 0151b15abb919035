namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>When a sales promotion runs in a recalculation (the original's execution_phase).</summary>
public enum PromotionPhase
{
    /// <summary>Before the totals: works on lines (a category discount).</summary>
    LineItem,

    /// <summary>After the totals, followed by a second calculation: works on the subtotal (a threshold discount).</summary>
    Subtotal,
}
