using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Taxes;

/// <summary>A tax code of the <see cref="TaxMaster"/>: an item or category with another one could not be taxed.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
internal sealed class TaxCodeAttribute : ValidationAttribute
{
    public TaxCodeAttribute()
        : base("{0} must be a tax code of the tax master: " + string.Join(", ", TaxMaster.All.Select(t => t.TaxCode)))
    {
    }

    public override bool IsValid(object? value) => TaxMaster.Find(value as string) is not null;
}
