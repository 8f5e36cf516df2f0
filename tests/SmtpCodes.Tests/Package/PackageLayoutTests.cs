using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Xml.Linq;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Package;

/// <summary>
/// What <c>dotnet pack</c> puts in the package: the runtime in lib/, the generator in analyzers/, the build files in
/// buildTransitive/ and the task beside them, README and LICENSE, the version from Directory.Build.props, and a symbol
/// package whose PDBs do not depend on where the repository was cloned.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedSmtpCodes _packed;

    public PackageLayoutTests(PackedSmtpCodes packed)
    {
        _packed = packed;
        Assert.True(packed.PackResult.ExitCode == 0 && packed.Package.Length > 0, packed.PackResult.ToString());
    }

    [Fact]
    public void The_pack_is_one_package_plus_symbols_without_warnings()
    {
        Assert.Equal(
            new[] { Path.GetFileName(_packed.Package), Path.GetFileName(_packed.SymbolPackage) }.Order(StringComparer.Ordinal),
            Directory.GetFiles(_packed.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(" 0 Warning(s)", _packed.PackResult.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning ", _packed.PackResult.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_is_where_NuGet_and_the_build_files_look_for_it()
    {
        using ZipArchive package = ZipFile.OpenRead(_packed.Package);
        string[] files = package.Entries.Select(e => e.FullName).Where(n => !IsPackagingMetadata(n)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "LICENSE",
                "README.md",
                "SmtpCodes.nuspec",
                "analyzers/dotnet/cs/SmtpCodes.Generator.dll",
                "buildTransitive/SmtpCodes.props",
                "buildTransitive/SmtpCodes.targets",
                "lib/net8.0/SmtpCodes.dll",
                "lib/net8.0/SmtpCodes.xml",
                "lib/net8.0/tr/SmtpCodes.resources.dll",
                "lib/netstandard2.0/SmtpCodes.dll",
                "lib/netstandard2.0/SmtpCodes.xml",
                "lib/netstandard2.0/tr/SmtpCodes.resources.dll",
                "tasks/netstandard2.0/SmtpCodes.Build.Tasks.dll",
            },
            files);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.RepositoryRoot, "README.md")), Read(package, "README.md"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.RepositoryRoot, "LICENSE")), Read(package, "LICENSE"));
    }

    [Fact]
    public void The_nuspec_has_the_one_version_the_license_the_readme_and_only_runtime_dependencies()
    {
        using ZipArchive package = ZipFile.OpenRead(_packed.Package);
        XElement metadata = XDocument.Load(new MemoryStream(Read(package, "SmtpCodes.nuspec"))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        string version = XDocument.Load(Path.Combine(TestData.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;
        Assert.Equal("SmtpCodes", Value("id"));
        Assert.Equal(version, Value("version"));
        Assert.Equal(version, _packed.Version);
        // The README's install recipe names the version too; it must not drift from the one place it is set.
        Assert.Contains($"<PackageReference Include=\"SmtpCodes\" Version=\"{version}\" />", File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md")), StringComparison.Ordinal);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        string[] dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Microsoft.Extensions.Localization.Abstractions", "System.Memory" }, dependencies);
    }

    [Fact]
    public void The_symbol_package_has_both_pdbs_with_clone_independent_paths()
    {
        using ZipArchive symbols = ZipFile.OpenRead(_packed.SymbolPackage);
        foreach (string pdb in new[] { "lib/net8.0/SmtpCodes.pdb", "lib/netstandard2.0/SmtpCodes.pdb" })
        {
            using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(symbols, pdb)));
            MetadataReader reader = provider.GetMetadataReader();
            string[] documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToArray();

            Assert.Contains(documents, d => d.EndsWith("SmtpReplyDigits.cs", StringComparison.Ordinal));
            Assert.All(documents, d => Assert.StartsWith("/_/", d, StringComparison.Ordinal));
        }
    }

    private static bool IsPackagingMetadata(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal)
        || name == "[Content_Types].xml";

    private static byte[] Read(ZipArchive archive, string name)
    {
        ZipArchiveEntry entry = archive.GetEntry(name) ?? throw new InvalidOperationException(name + " is not in the package");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
