namespace Kugelpos.MasterData.Promotions;

/// <summary>The promotion types the original knows; its only detail schema is the category discount's.</summary>
internal static class PromotionTypes
{
    /// <summary>A rate off every item of the target categories, in the target stores.</summary>
    public const string CategoryDiscount = "category_discount";
}
