namespace Kugelpos.Host;

/// <summary>Finds the checkout (the folder holding Kugelpos.sln), so the host finds components/ from anywhere inside it.</summary>
public static class RepositoryRoot
{
    /// <summary>The checkout above the working directory or the program, else the working directory.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kugelpos.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
