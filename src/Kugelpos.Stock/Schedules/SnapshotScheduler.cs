using Kugelpos.Stock.Stocks;
using Microsoft.Extensions.Options;

namespace Kugelpos.Stock.Schedules;

/// <summary>
/// Takes the scheduled snapshots: every <see cref="StockOptions.ScheduleCheckInterval"/> (on the
/// injected <see cref="TimeProvider"/>) it runs each enabled schedule whose next run has come, for
/// its target stores (<c>all</c>: every store with stock), and sets the schedule's next run.
/// </summary>
internal sealed partial class SnapshotScheduler(
    SnapshotSchedules schedules,
    Snapshots.Snapshots snapshots,
    StockReads reads,
    IOptions<StockOptions> options,
    TimeProvider time,
    ILogger<SnapshotScheduler> logger) : BackgroundService
{
    /// <summary>Who the scheduled snapshots are created by, as the original's scheduler.</summary>
    public const string Creator = "scheduled_system";

    /// <summary>Runs every schedule that is due now; answers how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ran = 0;
        foreach (var schedule in await schedules.AllAsync(cancellationToken))
        {
            if (!schedule.Enabled || schedule.NextExecutionAt is not { } next || next > now)
            {
                continue;
            }

            foreach (var store in await TargetStoresAsync(schedule, cancellationToken))
            {
                await snapshots.TakeAsync(schedule.Id, store, Creator, cancellationToken);
            }

            await snapshots.KeepForAsync(schedule.Id, TimeSpan.FromDays(schedule.RetentionDays), cancellationToken);
            await schedules.SaveAsync(schedule with { LastExecutedAt = now, NextExecutionAt = ScheduleClock.Next(schedule, now) }, cancellationToken);
            ran++;
        }

        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ScheduleCheckInterval, time, stoppingToken);
                await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round must not stop the scheduler; the next round tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogRoundFailed(logger, e);
            }
        }
    }

    private async Task<IReadOnlyList<string>> TargetStoresAsync(SnapshotScheduleDocument schedule, CancellationToken cancellationToken) =>
        schedule.TargetStores.Contains(SnapshotScheduleView.AllStores)
            ? await reads.StoreCodesAsync(schedule.Id, cancellationToken)
            : schedule.TargetStores;

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of scheduled snapshots failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
