namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>The rendered texts of a transaction.</summary>
/// <param name="ReceiptText">What the printer prints for the customer.</param>
/// <param name="JournalText">What the electronic journal keeps.</param>
public sealed record ReceiptData(string ReceiptText, string JournalText);
