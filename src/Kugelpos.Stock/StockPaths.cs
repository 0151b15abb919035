using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Stock.Stocks;

namespace Kugelpos.Stock;

/// <summary>Checks the codes a path names before they reach a document id.</summary>
internal static class StockPaths
{
    /// <summary>The store code; a 422 naming <c>store_code</c> when no record could hold it.</summary>
    public static string Store(string storeCode) => Code(storeCode, "store_code");

    /// <summary>The item in its store; a 422 naming the code no record could hold.</summary>
    public static StockKey Item(string storeCode, string itemCode) => new(Store(storeCode), Code(itemCode, "item_code"));

    private static string Code(string code, string field) =>
        StockKey.IsValidCode(code)
            ? code
            : throw new KugelposException(
                StatusCodes.Status422UnprocessableEntity,
                KugelposErrorCodes.ValidationError,
                $"{field} must be 1 to {StockKey.MaxCodeLength} characters without control characters",
                field);
}
