using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Transactions;

/// <summary>OpenAPI schema <c>BaseTranTax</c>.</summary>
public sealed record TransactionTaxView(int? TaxNo, string? TaxCode, string? TaxType, string? TaxName, decimal TaxAmount, decimal TargetAmount, int TargetQuantity)
{
    public static TransactionTaxView From(TransactionTax tax)
    {
        ArgumentNullException.ThrowIfNull(tax);
        return new(tax.TaxNo, tax.TaxCode, tax.TaxType, tax.TaxName, tax.TaxAmount, tax.TargetAmount, tax.TargetQuantity);
    }
}
