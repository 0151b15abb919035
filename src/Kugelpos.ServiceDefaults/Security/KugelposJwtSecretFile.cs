using System.Security.Cryptography;
using System.Text;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Reads the JWT secret from a file, creating the file with a random secret first when it is
/// missing. Several services starting at once may race to create it: the first writer wins and
/// the others read what it wrote, so they all end up with one secret.
/// </summary>
public static class KugelposJwtSecretFile
{
    // 48 random bytes as Base64 are 64 characters: well above HS256's 32-byte minimum.
    private const int RandomBytes = 48;

    /// <summary>The secret in <paramref name="path"/>, created when the file does not exist.</summary>
    /// <param name="path">The file; its folder is created when missing.</param>
    /// <exception cref="IOException">The file cannot be read or created.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be read or written.</exception>
    public static string ReadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            TryCreate(full);
        }

        return File.ReadAllText(full, Encoding.UTF8).Trim();
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // Written aside and moved in without overwriting, so nobody ever reads a half-written secret.
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(RandomBytes))));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
