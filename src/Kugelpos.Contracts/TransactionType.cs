namespace Kugelpos.Contracts;

/// <summary>
/// The transaction type codes of the original Kugelpos (kugel_common.enums.TransactionType),
/// written on the wire as plain integers.
/// </summary>
#pragma warning disable CA1008 // The codes are fixed by the original; there is no "none" code to map to zero.
public enum TransactionType
#pragma warning restore CA1008
{
    /// <summary>A normal sale (101).</summary>
    NormalSales = 101,

    /// <summary>A sale cancelled before billing (-101); journal only.</summary>
    NormalSalesCancel = -101,

    /// <summary>A return of a normal sale (102).</summary>
    ReturnSales = 102,

    /// <summary>A void of a normal sale (201).</summary>
    VoidSales = 201,

    /// <summary>A void of a return (202).</summary>
    VoidReturn = 202,

    /// <summary>Terminal open (301).</summary>
    Open = 301,

    /// <summary>Terminal close (302).</summary>
    Close = 302,

    /// <summary>Cash put into the drawer (401).</summary>
    CashIn = 401,

    /// <summary>Cash taken out of the drawer (402).</summary>
    CashOut = 402,

    /// <summary>Flash (interim) sales report (501).</summary>
    FlashReport = 501,

    /// <summary>Daily (closing) sales report (502).</summary>
    DailyReport = 502,
}
