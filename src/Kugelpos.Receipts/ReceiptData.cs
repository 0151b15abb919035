namespace Kugelpos.Receipts;

/// <summary>A printed slip in the two forms the original keeps with every log: what the printer takes and what the journal shows.</summary>
/// <param name="ReceiptText">The PrintData XML (<see cref="PrintData.ToReceiptXml"/>).</param>
/// <param name="JournalText">The same lines as text of the slip's width (<see cref="PrintData.ToJournalText"/>).</param>
public sealed record ReceiptData(string ReceiptText, string JournalText);
