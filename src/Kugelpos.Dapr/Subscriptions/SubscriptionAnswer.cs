namespace Kugelpos.Dapr.Subscriptions;

/// <summary>What a subscriber tells the sidecar about one delivered event.</summary>
public enum SubscriptionAnswer
{
    /// <summary>Applied (or already applied): the sidecar acknowledges it.</summary>
    Success,

    /// <summary>Not applied for a reason that may pass: the sidecar delivers it again.</summary>
    Retry,

    /// <summary>Never applicable (a poison message): the sidecar moves it to the dead-letter topic.</summary>
    Drop,
}
