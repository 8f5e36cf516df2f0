using System;
using System.Collections.Generic;
using System.IO;
using SmtpCodes.Tests.Infrastructure;
using SmtpCodes.Tests.Package;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary>
/// The packed tool installs with <c>dotnet tool install</c> and explains in Turkish: the package carries the SmtpCodes
/// library and its <c>tr</c> satellite assembly, since the library's own package is not needed for a tool, and the tool's
/// own <c>tr</c> satellite for its labels.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ToolInstallTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "smtpcodes-tool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder is not worth failing a test over.
        }
    }

    [Fact]
    public void The_packed_tool_installs_and_explains_550_in_Turkish()
    {
        string feed = Path.Combine(_root, "feed");
        string tools = Path.Combine(_root, "tools");
        // A fresh package folder: the install must take this build's package, never a copy cached by an earlier run.
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

        // Release, so the pack does not rebuild the Debug outputs this test run is using.
        CommandResult pack = DotnetCli.Run(TestData.RepositoryRoot, Timeout, "pack", "cli", "-c", "Release", "-o", feed, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        CommandResult install = DotnetCli.Run(
            _root, Timeout, isolated,
            "tool", "install", "SmtpCodes.Tool", "--tool-path", tools, "--add-source", feed, "--ignore-failed-sources");
        Assert.True(install.ExitCode == 0, install.ToString());

        string smtpcodes = Path.Combine(tools, OperatingSystem.IsWindows() ? "smtpcodes.exe" : "smtpcodes");
        CommandResult run = DotnetCli.RunProgram(smtpcodes, _root, Timeout, null, "explain", "550", "--culture", "tr");

        Assert.True(run.ExitCode == 0, run.ToString());
        // The tool's own labels come from its tr satellite, the meaning from the library's.
        Assert.Contains("Anlamı:              İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)\n", run.Output, StringComparison.Ordinal);

        CommandResult bad = DotnetCli.RunProgram(smtpcodes, _root, Timeout, null, "explain", "999");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("smtpcodes: 999 is not a reply code; reply codes are 100 to 599.\n", bad.Output);
    }
}
