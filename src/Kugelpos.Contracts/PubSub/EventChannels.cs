namespace Kugelpos.Contracts.PubSub;

/// <summary>
/// The one list of pub/sub components, topics and subscriber routes, as the
/// original Kugelpos services use them (cart and terminal publish; report,
/// journal and stock subscribe). The constants exist so attributes such as
/// Dapr's <c>[Topic]</c> can use them.
/// </summary>
public static class EventChannels
{
    /// <summary>Pub/sub component of the transaction log (cart to report, journal, stock).</summary>
    public const string TranlogPubSub = "pubsub-tranlog-report";

    /// <summary>Topic of the transaction log.</summary>
    public const string TranlogTopic = "topic-tranlog";

    /// <summary>Subscriber route of the transaction log.</summary>
    public const string TranlogRoute = "/api/v1/tranlog";

    /// <summary>Pub/sub component of the cash in/out log (terminal to report, journal).</summary>
    public const string CashlogPubSub = "pubsub-cashlog-report";

    /// <summary>Topic of the cash in/out log.</summary>
    public const string CashlogTopic = "topic-cashlog";

    /// <summary>Subscriber route of the cash in/out log.</summary>
    public const string CashlogRoute = "/api/v1/cashlog";

    /// <summary>Pub/sub component of the terminal open/close log (terminal to report, journal).</summary>
    public const string OpenCloseLogPubSub = "pubsub-opencloselog-report";

    /// <summary>Topic of the terminal open/close log.</summary>
    public const string OpenCloseLogTopic = "topic-opencloselog";

    /// <summary>Subscriber route of the terminal open/close log.</summary>
    public const string OpenCloseLogRoute = "/api/v1/opencloselog";

    /// <summary>The channel of <see cref="Transactions.TransactionLog"/>.</summary>
    public static EventChannel Tranlog { get; } = new(TranlogPubSub, TranlogTopic, TranlogRoute);

    /// <summary>The channel of <see cref="Terminals.CashInOutLog"/>.</summary>
    public static EventChannel Cashlog { get; } = new(CashlogPubSub, CashlogTopic, CashlogRoute);

    /// <summary>The channel of <see cref="Terminals.OpenCloseLog"/>.</summary>
    public static EventChannel OpenCloseLog { get; } = new(OpenCloseLogPubSub, OpenCloseLogTopic, OpenCloseLogRoute);

    /// <summary>All three channels.</summary>
    public static IReadOnlyList<EventChannel> All { get; } = [Tranlog, Cashlog, OpenCloseLog];
}
