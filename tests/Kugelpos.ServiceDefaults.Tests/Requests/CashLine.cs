using System.ComponentModel.DataAnnotations;

namespace Kugelpos.ServiceDefaults.Tests.Requests;

public sealed record CashLine
{
    [Range(1, 99)]
    public int Qty { get; init; }

    public decimal UnitPrice { get; init; }
}
