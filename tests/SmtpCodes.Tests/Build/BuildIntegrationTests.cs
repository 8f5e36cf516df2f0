using System;
using System.IO;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Build;

/// <summary>
/// Builds a real project that brings its own code table with an extra <c>de</c> column, using the generator, the
/// build task and the props/targets exactly as a consumer gets them: the CSV becomes an enum, English neutral
/// resources and a satellite assembly per other culture; the .resx step is skipped when nothing changed; a CSV edit
/// flows through; a bad row fails the build at its line.
/// </summary>
public sealed class BuildIntegrationTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    private readonly string _project = Path.Combine(Path.GetTempPath(), "smtpcodes-build-" + Guid.NewGuid().ToString("N"));

    public BuildIntegrationTests()
    {
        Directory.CreateDirectory(_project);
        string bin = AppContext.BaseDirectory;
        string build = Path.Combine(TestData.RepositoryRoot, "generator", "build");
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <SmtpCodesTasksAssembly>{Path.Combine(bin, "SmtpCodes.Build.Tasks.dll")}</SmtpCodesTasksAssembly>
              </PropertyGroup>
              <Import Project="{Path.Combine(build, "SmtpCodes.props")}" />
              <ItemGroup>
                <AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="Acme.AcmeReply" />
                <Analyzer Include="{Path.Combine(bin, "SmtpCodes.Generator.dll")}" />
                <Reference Include="{Path.Combine(bin, "SmtpCodes.dll")}" />
                <PackageReference Include="Microsoft.Extensions.Localization.Abstractions" Version="8.0.30" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "SmtpCodes.targets")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), """
            using System;
            using System.Globalization;
            using Acme;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            foreach (string culture in new[] { "en-US", "tr-TR", "de-DE", "fr-FR" })
            {
                Console.WriteLine(culture + ": " + AcmeReply.QuotaExceeded.Describe(new CultureInfo(culture)) + " / " + AcmeReply.Rejected.Describe(new CultureInfo(culture)));
            }
            """);
        WriteCsv("Quota exceeded (de)");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is not worth failing a test over.
        }
    }

    [Fact]
    public void A_consumer_csv_with_a_de_column_builds_satellites_runs_and_rebuilds_incrementally()
    {
        CommandResult first = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        string output = Path.Combine(_project, "bin", "Debug", "net10.0");
        Assert.Contains("acme-codes.csv(3,65): warning SMTPGEN009: Code 550 has no 'de' text", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "tr", "Consumer.resources.dll")), first.Output);
        Assert.True(File.Exists(Path.Combine(output, "de", "Consumer.resources.dll")), first.Output);

        Assert.Equal(
            "en-US: Acme quota exceeded / Rejected by Acme\n"
            + "tr-TR: Acme kotası aşıldı / Acme tarafından reddedildi\n"
            + "de-DE: Quota exceeded (de) / Rejected by Acme\n"
            + "fr-FR: Acme quota exceeded / Rejected by Acme\n",
            RunConsumer());

        CommandResult second = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:d");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"SmtpCodesGenerateResx\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);

        WriteCsv("Acme-Kontingent überschritten");
        File.SetLastWriteTimeUtc(Path.Combine(_project, "acme-codes.csv"), DateTime.UtcNow.AddSeconds(2));
        CommandResult third = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:n");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("de-DE: Acme-Kontingent überschritten / Rejected by Acme\n", RunConsumer(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_in_a_consumer_csv_fails_the_build_at_its_line()
    {
        File.AppendAllText(Path.Combine(_project, "acme-codes.csv"), "99,TooShort,vendor,x,y,z\n");

        CommandResult build = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("acme-codes.csv(4,1): error SMTPGEN004", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_csv_given_two_enums_fails_the_build_with_SMTPGEN032()
    {
        ReplaceTableItem("""
            <AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="Acme.AcmeReply" />
            <AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="Acme.OtherReply" />
            """);

        CommandResult build = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("acme-codes.csv(1,1): error SMTPGEN032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_name_that_is_a_path_fails_the_build_with_SMTPGEN013_and_writes_nothing_outside_obj()
    {
        ReplaceTableItem("""<AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="../../../../victim" />""");
        string parent = Path.GetDirectoryName(_project)!;
        string[] before = Directory.GetFiles(parent, "*.resx", SearchOption.TopDirectoryOnly);

        CommandResult build = DotnetCli.Run(_project, BuildTimeout, "build", "-nodeReuse:false", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("acme-codes.csv(1,1): error SMTPGEN013", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(parent, "*.resx", SearchOption.TopDirectoryOnly));
        Assert.Empty(Directory.GetFiles(_project, "*.resx", SearchOption.AllDirectories));
    }

    private void ReplaceTableItem(string items)
    {
        string csproj = Path.Combine(_project, "Consumer.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(
            """<AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="Acme.AcmeReply" />""", items, StringComparison.Ordinal));
    }

    private string RunConsumer()
    {
        CommandResult run = DotnetCli.Run(_project, BuildTimeout, Path.Combine(_project, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    private void WriteCsv(string german) =>
        File.WriteAllText(Path.Combine(_project, "acme-codes.csv"),
            "code,name,source,en,tr,de\n"
            + "452,QuotaExceeded,vendor,Acme quota exceeded,Acme kotası aşıldı," + german + "\n"
            + "550,Rejected,vendor,Rejected by Acme,Acme tarafından reddedildi,\n");
}
