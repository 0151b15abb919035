using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Stock.Tests.Support;

/// <summary>A terminal key check that knows one terminal of the tenant and its key, as the terminal service would answer.</summary>
internal sealed class OneTerminalKey : ITerminalKeyVerifier
{
    public const string TerminalId = StockTestService.Tenant + "-" + StockTestService.Store + "-1";

    public const string ApiKey = "test-api-key-of-terminal-one-0123456789";

    public Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken) =>
        Task.FromResult(terminalId == TerminalId && apiKey == ApiKey
            ? new TerminalTokenClaims
            {
                TenantId = StockTestService.Tenant, StoreCode = StockTestService.Store, TerminalNo = 1, TerminalId = TerminalId, Status = "Opened",
            }
            : null);
}
