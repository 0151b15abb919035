using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Terminal.Stores;

/// <summary>The store errors, with the original's codes and messages (its 400 for a duplicate is a 409 here).</summary>
internal static class StoreErrors
{
    public static KugelposException NotFound(string tenantId, string storeCode) =>
        new(StatusCodes.Status404NotFound, TerminalErrorCodes.StoreNotFound, $"Store Not found. store_code->{storeCode}, tenant_id->{tenantId}", "store_code");

    public static KugelposException AlreadyExists(string tenantId, string storeCode, Exception cause) =>
        new(StatusCodes.Status409Conflict, TerminalErrorCodes.StoreAlreadyExists,
            $"Store already exists. store_code->{storeCode}, tenant_id->{tenantId}", "storeCode", cause);
}
