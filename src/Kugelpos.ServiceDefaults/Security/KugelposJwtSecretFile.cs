using System.Security.Cryptography;
using System.Text;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Reads the JWT secret from a file, creating the file with a random secret first when it is
/// missing. Several services starting at once may race to create it: the file is created
/// exclusively (O_EXCL), so exactly one of them writes it and the others read what it wrote, so
/// they all end up with one secret.
/// </summary>
public static class KugelposJwtSecretFile
{
    // 48 random bytes as Base64 are 64 characters: well above HS256's 32-byte minimum.
    private const int RandomBytes = 48;

    // How long a reader waits for a racing creator's single write: 100 x 10 ms at most.
    private const int EmptyReadAttempts = 100;
    private static readonly TimeSpan EmptyReadPause = TimeSpan.FromMilliseconds(10);

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

        // The creator writes the whole secret in one write right after creating the file, so a
        // reader that comes in between finds it empty for a moment; an empty file is read again.
        var secret = File.ReadAllText(full, Encoding.UTF8).Trim();
        for (var attempt = 1; secret.Length == 0 && attempt <= EmptyReadAttempts; attempt++)
        {
            Thread.Sleep(EmptyReadPause);
            secret = File.ReadAllText(full, Encoding.UTF8).Trim();
        }

        return secret;
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // A move of a file written aside is no help here: without overwrite, .NET's move on Linux
        // checks and renames in two steps, so two racing services could each think they won.
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(RandomBytes))));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another service created it first; its secret is the one.
        }
    }
}
