using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A button in a request (OpenAPI schema <c>ItemBookButton</c>); a price or description sent is ignored.</summary>
public sealed record ItemBookButtonRequest
{
    /// <summary>The largest column or row.</summary>
    public const int MaxPosition = 99;

    /// <summary>The column, 0 to 99.</summary>
    [Required(ErrorMessage = "posX is required")]
    [Range(0, MaxPosition, ErrorMessage = "posX must be from {1} to {2}")]
    public int? PosX { get; init; }

    /// <summary>The row, 0 to 99.</summary>
    [Required(ErrorMessage = "posY is required")]
    [Range(0, MaxPosition, ErrorMessage = "posY must be from {1} to {2}")]
    public int? PosY { get; init; }

    /// <summary>Single, DoubleWidth, DoubleHeight or Quad.</summary>
    [Required(ErrorMessage = "size is required: Single, DoubleWidth, DoubleHeight or Quad")]
    [EnumDataType(typeof(ButtonSize), ErrorMessage = "size must be Single, DoubleWidth, DoubleHeight or Quad")]
    public ButtonSize? Size { get; init; }

    /// <summary>The picture (required; may be empty).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "imageUrl is required")]
    [StringLength(MasterDataLimits.MaxListEntryLength, ErrorMessage = "imageUrl must be at most {1} characters")]
    [NoControlCharacters]
    public string? ImageUrl { get; init; }

    /// <summary>The colour of the text (required, not blank).</summary>
    [Required(ErrorMessage = "colorText is required and must not be blank")]
    [StringLength(ItemBookRequest.MaxColorLength, ErrorMessage = "colorText must be at most {1} characters")]
    [NoControlCharacters]
    public string? ColorText { get; init; }

    /// <summary>The item it sells (a master-data code).</summary>
    [MasterDataCode]
    public string? ItemCode { get; init; }

    /// <summary>The stored form; call it only on a validated request.</summary>
    internal ItemBookButton ToButton() => new(PosX!.Value, PosY!.Value, Size!.Value, ImageUrl!, ColorText!, ItemCode!);
}
