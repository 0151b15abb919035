using Microsoft.Extensions.Options;

namespace Kugelpos.Cart.Plugins;

/// <summary>Rejects plugin settings that cannot work, naming the setting at fault.</summary>
internal sealed class CartPluginOptionsValidator : IValidateOptions<CartPluginOptions>
{
    public ValidateOptionsResult Validate(string? name, CartPluginOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return ValidateOptionsResult.Fail($"{CartPluginOptions.FileKey} must name the plugin configuration file.");
        }

        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return ValidateOptionsResult.Fail($"{CartPluginOptions.FolderKey} must name the folder of plugin assemblies.");
        }

        return System.IO.File.Exists(options.FullFilePath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CartPluginOptions.FileKey} '{options.FullFilePath}' does not exist: it lists the cart's sales plugins.");
    }
}
