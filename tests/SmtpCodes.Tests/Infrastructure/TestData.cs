using System;
using System.IO;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>Files copied next to the test assembly: the repository's codes.csv and the seed document.</summary>
internal static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string CodesCsv => File.ReadAllText(Path("codes.csv"));

    public static string Seed => File.ReadAllText(Path("seed-smtp-codes.txt"));

    /// <summary>The repository root, found from the test assembly's location (for tests that build projects).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "SmtpCodes.Generated.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SmtpCodes.Generated.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
