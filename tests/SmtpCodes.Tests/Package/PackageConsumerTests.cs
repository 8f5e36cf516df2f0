using System;
using System.Collections.Generic;
using System.IO;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Package;

/// <summary>
/// Projects that get SmtpCodes the way a user does, from the package in a local feed, restored into a packages folder
/// of their own, built with warnings as errors and run: a fresh console project, a project with its own vendor CSV,
/// and a generic host that resolves <c>IStringLocalizer&lt;SmtpReply&gt;</c> from a stock <c>AddLocalization()</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests
{
    private const string MailboxUnavailableInTurkish = "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)\n";

    private readonly PackedSmtpCodes _packed;

    public PackageConsumerTests(PackedSmtpCodes packed)
    {
        _packed = packed;
        Assert.True(packed.PackResult.ExitCode == 0 && packed.Package.Length > 0, packed.PackResult.ToString());
    }

    [Fact]
    public void A_fresh_console_project_that_only_adds_the_package_prints_Turkish_from_the_satellite()
    {
        // The README's commands: a new console project, then the package; nothing else is edited but Program.cs.
        string folder = Path.Combine(_packed.Root, "Plain");
        CommandResult create = _packed.Dotnet(_packed.Root, "new", "console", "--name", "Plain", "--output", folder, "--no-update-check");
        Assert.True(create.ExitCode == 0, create.ToString());
        CommandResult add = _packed.Dotnet(folder, "add", "package", "SmtpCodes", "--version", _packed.Version);
        Assert.True(add.ExitCode == 0, add.ToString());
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System.Globalization;
            using SmtpCodes;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine(SmtpReply.MailboxUnavailable.Describe(new CultureInfo("tr-TR")));
            """);

        (CommandResult build, CommandResult run) = _packed.BuildAndRun(folder);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(MailboxUnavailableInTurkish, run.Output);
        Assert.True(File.Exists(Path.Combine(PackedSmtpCodes.OutputFolder(folder), "tr", "SmtpCodes.resources.dll")), build.Output);
        // Restored from the feed into this run's own packages folder, so it cannot be a stale copy.
        Assert.Equal(new[] { _packed.Version }, _packed.RestoredSmtpCodesVersions);
    }

    [Fact]
    public void A_project_with_its_own_vendor_csv_gets_its_enum_and_satellites_and_a_bad_row_fails_at_its_line()
    {
        string folder = _packed.CreateConsumer("Vendor", new Dictionary<string, string>
        {
            ["Vendor.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    {_packed.PackageReference}
                    <AdditionalFiles Include="acme-codes.csv" SmtpCodesEnum="Acme.AcmeReply" />
                    <AdditionalFiles Include="acme-vendor.csv" SmtpCodesEnum="Acme.AcmeCode" SmtpCodesKind="vendor" SmtpCodesVendor="Acme" SmtpCodesVendorMarkers="mx.acme.example,acme.example" />
                  </ItemGroup>
                </Project>
                """,
            ["acme-codes.csv"] = "code,name,source,en,tr\n"
                + "452,QuotaExceeded,vendor,Acme quota exceeded,Acme kotası aşıldı\n"
                + "550,Rejected,vendor,Rejected by Acme,Acme tarafından reddedildi\n",
            ["acme-vendor.csv"] = "status,tag,name,reason,en,tr\n"
                + "5.7.1,AX1,AcmeBlocked,Blocked,Acme blocked your IP address (AX1),Acme IP adresinizi engelledi (AX1)\n",
            ["Program.cs"] = """
                using System;
                using System.Globalization;
                using Acme;
                using SmtpCodes;

                Console.OutputEncoding = System.Text.Encoding.UTF8;
                CultureInfo turkish = new("tr-TR");
                Console.WriteLine(AcmeReply.QuotaExceeded.Describe(turkish));
                Console.WriteLine(AcmeReply.QuotaExceeded.Describe(CultureInfo.InvariantCulture));
                Console.WriteLine(AcmeReply.QuotaExceeded.IsTransient() + " " + AcmeReply.Rejected.GetClass() + " " + AcmeReply.Rejected.ToStringFast());
                Console.WriteLine(AcmeReplyInfo.TryParse("452", out AcmeReply parsed) + " " + parsed.ToStringFast() + " " + AcmeReplyInfo.GetValues().Count);
                Console.WriteLine(new AcmeReplyLocalizer(turkish)["Rejected"].Value);
                Console.WriteLine(SmtpReply.MailboxUnavailable.Describe(turkish));
                SmtpDiagnosis.AddVendor(AcmeCodeInfo.Vendor);
                SmtpDiagnosis d = SmtpDiagnosis.Analyze("550 5.7.1 [AX1] refused by mx.acme.example");
                Console.WriteLine(d.Vendor + " " + d.Reason + " " + d.Describe(turkish));
                """,
        });

        (CommandResult build, CommandResult run) = _packed.BuildAndRun(folder);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "Acme kotası aşıldı\n"
            + "Acme quota exceeded\n"
            + "True PermanentNegative Rejected\n"
            + "True QuotaExceeded 2\n"
            + "Acme tarafından reddedildi\n"
            + MailboxUnavailableInTurkish
            + "Acme Blocked Acme IP adresinizi engelledi (AX1)\n",
            run.Output);
        Assert.True(File.Exists(Path.Combine(PackedSmtpCodes.OutputFolder(folder), "tr", "Vendor.resources.dll")), build.Output);

        File.AppendAllText(Path.Combine(folder, "acme-codes.csv"), "99,TooShort,vendor,x,y\n");
        CommandResult broken = _packed.Dotnet(folder, "build", "-warnaserror", "-nodeReuse:false", "-v:q");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("acme-codes.csv(4,1): error SMTPGEN004", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_host_with_AddLocalization_resolves_IStringLocalizer_of_SmtpReply_in_Turkish()
    {
        string folder = _packed.CreateConsumer("Host", new Dictionary<string, string>
        {
            ["Host.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    {_packed.PackageReference}
                    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.15" />
                    <PackageReference Include="Microsoft.Extensions.Localization" Version="10.0.15" />
                  </ItemGroup>
                </Project>
                """,
            ["Program.cs"] = """
                using System;
                using System.Globalization;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;
                using Microsoft.Extensions.Localization;
                using SmtpCodes;

                Console.OutputEncoding = System.Text.Encoding.UTF8;
                HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
                builder.Services.AddLocalization();
                using IHost host = builder.Build();

                CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
                IStringLocalizer<SmtpReply> localizer = host.Services.GetRequiredService<IStringLocalizer<SmtpReply>>();
                LocalizedString text = localizer["MailboxUnavailable"];
                Console.WriteLine(text.Value);
                Console.WriteLine(localizer.GetType().Name + " " + text.ResourceNotFound);
                """,
        });

        (CommandResult build, CommandResult run) = _packed.BuildAndRun(folder);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(MailboxUnavailableInTurkish + "StringLocalizer`1 False\n", run.Output);
    }
}
