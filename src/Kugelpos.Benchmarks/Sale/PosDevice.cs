using System.Diagnostics;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>A POS device in a closed loop: whole sales, one after the other, each call timed on its own.</summary>
/// <param name="api">The device's calls to the cart service.</param>
/// <param name="itemBodies">One add-item body per line of a sale (see <see cref="CartApi.OneItem"/>).</param>
public sealed class PosDevice(CartApi api, IReadOnlyList<byte[]> itemBodies)
{
    /// <summary>What this device's calls took.</summary>
    public StepTimes Times { get; } = new();

    /// <summary>
    /// One sale: create a cart, add each item, subtotal, pay the balance in cash, bill. A failed call
    /// is recorded against its operation and ends the sale, which the caller counts as failed.
    /// </summary>
    public async Task SellAsync()
    {
        var cartId = await TimedAsync(SaleOperation.CreateCart, api.CreateCartAsync);
        foreach (var body in itemBodies)
        {
            await TimedAsync(SaleOperation.AddItem, async () =>
            {
                await api.AddItemsAsync(cartId, body);
                return true;
            });
        }

        var balance = await TimedAsync(SaleOperation.Subtotal, () => api.SubtotalAsync(cartId));
        await TimedAsync(SaleOperation.Payment, async () =>
        {
            await api.PayCashAsync(cartId, balance);
            return true;
        });
        await TimedAsync(SaleOperation.Bill, async () =>
        {
            await api.BillAsync(cartId);
            return true;
        });
    }

    /// <summary>A cart with every line of a sale, not yet totalled, read back as the API shows it.</summary>
    public async Task<string> FilledCartJsonAsync()
    {
        var cartId = await api.CreateCartAsync();
        foreach (var body in itemBodies)
        {
            await api.AddItemsAsync(cartId, body);
        }

        return await api.GetCartJsonAsync(cartId);
    }

    private async Task<T> TimedAsync<T>(SaleOperation operation, Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            Times.Record(operation, Stopwatch.GetTimestamp() - start);
            return result;
        }
        catch (Exception e)
        {
            Times.Fail(operation, e);
            throw;
        }
    }
}
