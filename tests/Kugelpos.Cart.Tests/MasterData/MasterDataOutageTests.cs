using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Tests.Support;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Cart.Tests.MasterData;

/// <summary>Master data goes away under a running cart.</summary>
public sealed class MasterDataOutageTests : IAsyncLifetime
{
    private readonly CartWithMasterData _system = new();

    public Task InitializeAsync() => _system.InitializeAsync();

    public Task DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task A_read_master_data_cannot_answer_is_a_retryable_503_with_the_carts_external_service_code()
    {
        var tenant = await _system.NewTenantAsync();
        await _system.StopMasterDataAsync();

        var error = await Assert.ThrowsAsync<KugelposException>(() => _system.MasterData.FindItemAsync(tenant, "S01", "4901", default).AsTask());
        var taxes = await Assert.ThrowsAsync<KugelposException>(() => _system.MasterData.TaxesAsync(tenant, default).AsTask());

        Assert.Equal((503, CartErrorCodes.ExternalServiceError), (error.StatusCode, error.ErrorCode));
        Assert.Equal((503, CartErrorCodes.ExternalServiceError), (taxes.StatusCode, taxes.ErrorCode));
        Assert.StartsWith("The master-data service ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_cart_already_read_still_answers_and_a_failure_is_not_kept()
    {
        var tenant = await _system.NewTenantAsync();
        await _system.ItemAsync(tenant, "4901", 100m);
        await _system.MasterData.FindItemAsync(tenant, "S01", "4901", default);
        await _system.StopMasterDataAsync();

        var kept = await _system.MasterData.FindItemAsync(tenant, "S01", "4901", default);
        await Assert.ThrowsAsync<KugelposException>(() => _system.MasterData.FindPaymentAsync(tenant, "01", default).AsTask());
        await Assert.ThrowsAsync<KugelposException>(() => _system.MasterData.FindPaymentAsync(tenant, "01", default).AsTask());

        Assert.Equal(100m, kept?.UnitPrice);
        Assert.Equal(2, _system.SentFor($"/tenants/{tenant}/payments/01"));
    }
}
