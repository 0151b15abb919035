using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests.TestSupport;

/// <summary>Which event type each sample holds, so one theory can cover all three logs.</summary>
internal static class EventReaders
{
    public static IKugelposEvent Read(string sample, string json) => sample switch
    {
        Samples.TranlogSale or Samples.TranlogVoid => EventJson.Deserialize<TransactionLog>(json),
        Samples.CashlogCashOut => EventJson.Deserialize<CashInOutLog>(json),
        Samples.OpenCloseLogClose or Samples.OriginalOpenCloseLogClose => EventJson.Deserialize<OpenCloseLog>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, "No reader for this sample."),
    };

    public static string Write(IKugelposEvent evt) => evt switch
    {
        TransactionLog log => EventJson.Serialize(log),
        CashInOutLog log => EventJson.Serialize(log),
        OpenCloseLog log => EventJson.Serialize(log),
        _ => throw new ArgumentOutOfRangeException(nameof(evt), evt.GetType().Name, "No writer for this event."),
    };
}
