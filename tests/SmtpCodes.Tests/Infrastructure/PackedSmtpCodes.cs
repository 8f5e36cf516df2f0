using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>
/// Packs the repository's SmtpCodes package once (Release, as <c>dotnet pack</c> does) into a local folder feed, and
/// gives consumer projects a place next to it where they restore as a user would: from that feed plus the default
/// registry, into a packages folder of their own, so no copy of SmtpCodes cached by an earlier run can be used.
/// </summary>
public sealed class PackedSmtpCodes : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan ConsumerTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The source the machine's NuGet is configured with (<c>dotnet nuget list source</c>).</summary>
    private const string DefaultRegistry = "https://api.nuget.org/v3/index.json";

    private readonly Dictionary<string, string> _isolatedRestore;

    public PackedSmtpCodes()
    {
        Root = Path.Combine(Path.GetTempPath(), "smtpcodes-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);

        // The pack itself restores as the repository always does; only the consumers are isolated.
        string project = Path.Combine(TestData.RepositoryRoot, "runtime", "SmtpCodes.csproj");
        PackResult = DotnetCli.Run(TestData.RepositoryRoot, PackTimeout, "pack", project, "-c", "Release", "-o", Feed, "-nodeReuse:false", "-v:n");

        string[] packages = Directory.GetFiles(Feed, "SmtpCodes.*.nupkg");
        Package = packages.Length == 1 ? packages[0] : string.Empty;
        Version = Package.Length == 0 ? string.Empty : Path.GetFileNameWithoutExtension(Package)["SmtpCodes.".Length..];
        SymbolPackage = Path.ChangeExtension(Package, ".snupkg");

        // Nothing from above the temp folder (a Directory.Build.props, a NuGet.config's sources) reaches a consumer.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="{DefaultRegistry}" protocolVersion="3" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
            </configuration>
            """);
        // NUGET_PACKAGES outranks NuGet.config, so set it too in case the test host has one.
        _isolatedRestore = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };
    }

    /// <summary>What <c>dotnet pack</c> printed; tests assert on it so a failed pack is one clear message.</summary>
    public CommandResult PackResult { get; }

    /// <summary>A temp folder holding the feed, the packages folder, the NuGet.config and the consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    /// <summary>The .nupkg, or empty when the pack did not make exactly one.</summary>
    public string Package { get; }

    public string SymbolPackage { get; }

    public string Version { get; }

    /// <summary>Writes a consumer project's files into a new folder under <see cref="Root"/> and returns the folder.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files)
    {
        string folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        foreach (KeyValuePair<string, string> file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.Key), file.Value);
        }

        return folder;
    }

    /// <summary>Runs <c>dotnet</c> in <paramref name="folder"/>, restoring into the isolated packages folder.</summary>
    public CommandResult Dotnet(string folder, params string[] arguments) => DotnetCli.Run(folder, ConsumerTimeout, _isolatedRestore, arguments);

    /// <summary>Builds the consumer with warnings as errors and runs it, returning what it printed.</summary>
    public (CommandResult Build, CommandResult Run) BuildAndRun(string folder)
    {
        CommandResult build = Dotnet(folder, "build", "-warnaserror", "-nodeReuse:false", "-v:n");
        if (build.ExitCode != 0)
        {
            return (build, new CommandResult(-1, "not run: the build failed"));
        }

        string name = Path.GetFileName(folder);
        return (build, Dotnet(folder, Path.Combine(OutputFolder(folder), name + ".dll")));
    }

    /// <summary>The consumer's build output folder.</summary>
    public static string OutputFolder(string folder) => Path.Combine(folder, "bin", "Debug", "net10.0");

    /// <summary>A PackageReference to the packed version, for consumer project files.</summary>
    public string PackageReference => $"""<PackageReference Include="SmtpCodes" Version="{Version}" />""";

    public IEnumerable<string> RestoredSmtpCodesVersions =>
        Directory.Exists(Path.Combine(PackagesFolder, "smtpcodes"))
            ? Directory.GetDirectories(Path.Combine(PackagesFolder, "smtpcodes")).Select(Path.GetFileName).OfType<string>()
            : Enumerable.Empty<string>();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is not worth failing a test over.
        }
        catch (UnauthorizedAccessException)
        {
            // NuGet marks some extracted files read-only on some systems; same reasoning.
        }
    }
}
