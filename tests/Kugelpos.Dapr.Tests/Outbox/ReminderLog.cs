using Dapr.Actors.Runtime;
using Moq;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>A timer manager that records the outbox reminder's registrations and removals.</summary>
internal sealed class ReminderLog
{
    public ReminderLog()
    {
        Manager
            .Setup(m => m.RegisterReminderAsync(It.IsAny<ActorReminder>()))
            .Callback<ActorReminder>(r => Current = r)
            .Returns(Task.CompletedTask);
        Manager
            .Setup(m => m.UnregisterReminderAsync(It.IsAny<ActorReminderToken>()))
            .Callback<ActorReminderToken>(_ =>
            {
                Current = null;
                Removals++;
            })
            .Returns(Task.CompletedTask);
    }

    public Mock<ActorTimerManager> Manager { get; } = new();

    /// <summary>The reminder as last registered; null after a removal.</summary>
    public ActorReminder? Current { get; private set; }

    public int Removals { get; private set; }
}
