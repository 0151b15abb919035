namespace Kugelpos.MasterData;

/// <summary>
/// Kugelpos error codes of the master-data service (<c>XXYYZZ</c>), the original's 405xx range. A code
/// that is unknown answers the general <see cref="ServiceDefaults.Responses.KugelposErrorCodes.ResourceNotFound"/>
/// (100001), as the original's endpoints do; validation errors answer
/// <see cref="ServiceDefaults.Responses.KugelposErrorCodes.ValidationError"/> (300001).
/// </summary>
public static class MasterDataErrorCodes
{
    /// <summary>Master data validation error.</summary>
    public const string ValidationError = "405001";

    /// <summary>Master data not found.</summary>
    public const string NotFound = "405002";

    /// <summary>Master data already exists: the code is taken (409).</summary>
    public const string AlreadyExists = "405003";

    /// <summary>Master data cannot be created.</summary>
    public const string CannotCreate = "405004";

    /// <summary>Master data cannot be updated.</summary>
    public const string CannotUpdate = "405005";

    /// <summary>Master data cannot be deleted.</summary>
    public const string CannotDelete = "405006";

    /// <summary>Product (item) not found.</summary>
    public const string ProductNotFound = "405101";

    /// <summary>Product (item) code is a duplicate.</summary>
    public const string ProductCodeDuplicate = "405102";

    /// <summary>Product price is invalid.</summary>
    public const string ProductInvalidPrice = "405103";

    /// <summary>Product tax rate is invalid.</summary>
    public const string ProductInvalidTaxRate = "405104";

    /// <summary>Price not found.</summary>
    public const string PriceNotFound = "405201";

    /// <summary>Price amount is invalid.</summary>
    public const string PriceInvalidAmount = "405202";

    /// <summary>Price date range is invalid.</summary>
    public const string PriceInvalidDateRange = "405203";

    /// <summary>Customer not found.</summary>
    public const string CustomerNotFound = "405301";

    /// <summary>Customer id is a duplicate.</summary>
    public const string CustomerIdDuplicate = "405302";

    /// <summary>Store not found.</summary>
    public const string StoreNotFound = "405401";

    /// <summary>Store code is a duplicate.</summary>
    public const string StoreCodeDuplicate = "405402";

    /// <summary>Department not found.</summary>
    public const string DepartmentNotFound = "405501";

    /// <summary>Department code is a duplicate.</summary>
    public const string DepartmentCodeDuplicate = "405502";
}
