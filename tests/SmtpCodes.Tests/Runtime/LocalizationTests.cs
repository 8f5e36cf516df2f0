using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>The CSV's culture columns ship as standard .resx resources: a satellite per culture, found by stock localization.</summary>
public class LocalizationTests
{
    private const string MailboxUnavailableEn = "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)";
    private const string MailboxUnavailableTr = "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)";

    [Fact]
    public void The_Turkish_satellite_assembly_exists_and_holds_the_resources_named_after_the_enum()
    {
        string path = Path.Combine(Path.GetDirectoryName(typeof(SmtpReply).Assembly.Location)!, "tr", "SmtpCodes.resources.dll");
        Assert.True(File.Exists(path), path);

        System.Reflection.Assembly satellite = typeof(SmtpReply).Assembly.GetSatelliteAssembly(new CultureInfo("tr"));
        Assert.Contains("SmtpCodes.SmtpReply.tr.resources", satellite.GetManifestResourceNames());
        Assert.Contains("SmtpCodes.SmtpReply.resources", typeof(SmtpReply).Assembly.GetManifestResourceNames());
    }

    [Fact]
    public void Stock_AddLocalization_resolves_IStringLocalizer_of_SmtpReply_with_no_glue()
    {
        using ServiceProvider services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        IStringLocalizer<SmtpReply> localizer = services.GetRequiredService<IStringLocalizer<SmtpReply>>();

        WithUICulture("tr-TR", () => Assert.Equal(MailboxUnavailableTr, localizer[nameof(SmtpReply.MailboxUnavailable)].Value));
        WithUICulture("en-US", () => Assert.Equal(MailboxUnavailableEn, localizer[nameof(SmtpReply.MailboxUnavailable)].Value));
        WithUICulture("tr-TR", () => Assert.True(localizer["NoSuchCode"].ResourceNotFound));
    }

    [Fact]
    public void The_generated_localizer_agrees_with_the_stock_one_for_every_code_and_culture()
    {
        using ServiceProvider services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        IStringLocalizer<SmtpReply> stock = services.GetRequiredService<IStringLocalizer<SmtpReply>>();
        var ours = new SmtpReplyLocalizer();

        foreach (string culture in new[] { "tr-TR", "tr", "en-US", "de-DE", "" })
        {
            WithUICulture(culture, () =>
            {
                foreach (SmtpReply reply in SmtpReplyInfo.GetValues())
                {
                    string name = reply.ToStringFast();
                    Assert.Equal(stock[name].Value, ours[name].Value);
                    Assert.False(ours[name].ResourceNotFound);
                    Assert.Equal(reply.Describe(), ours[name].Value);
                }
            });
        }
    }

    [Fact]
    public void The_generated_localizer_can_be_registered_in_place_of_the_stock_one()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddLogging()
            .AddLocalization()
            .AddSingleton<IStringLocalizer<SmtpReply>, SmtpReplyLocalizer>()
            .BuildServiceProvider();
        IStringLocalizer<SmtpReply> localizer = services.GetRequiredService<IStringLocalizer<SmtpReply>>();

        Assert.IsType<SmtpReplyLocalizer>(localizer);
        WithUICulture("tr-TR", () => Assert.Equal(MailboxUnavailableTr, localizer["MailboxUnavailable"]));
    }

    [Fact]
    public void The_generated_localizer_reports_unknown_names_and_formats_arguments()
    {
        var localizer = new SmtpReplyLocalizer(new CultureInfo("tr-TR"));

        LocalizedString missing = localizer["mailboxunavailable"];
        Assert.True(missing.ResourceNotFound);
        Assert.Equal("mailboxunavailable", missing.Value);
        Assert.Equal("SmtpCodes.SmtpReply", missing.SearchedLocation);
        Assert.Equal(MailboxUnavailableTr, localizer["MailboxUnavailable", 42].Value);
        Assert.Throws<ArgumentNullException>(() => localizer[null!]);
    }

    [Fact]
    public void GetAllStrings_agrees_with_the_stock_localizer()
    {
        using ServiceProvider services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        IStringLocalizer<SmtpReply> stock = services.GetRequiredService<IStringLocalizer<SmtpReply>>();

        foreach (string culture in new[] { "tr-TR", "tr", "en-US", "" })
        {
            WithUICulture(culture, () =>
            {
                LocalizedString[] ours = new SmtpReplyLocalizer().GetAllStrings(includeParentCultures: true).ToArray();
                Assert.Equal(SmtpReplyInfo.GetValues().Count, ours.Length);
                Assert.Equal(
                    stock.GetAllStrings(includeParentCultures: true).Select(s => (s.Name, s.Value)).OrderBy(p => p.Name, StringComparer.Ordinal),
                    ours.Select(s => (s.Name, s.Value)).OrderBy(p => p.Name, StringComparer.Ordinal));
            });
        }

        // Without parents, only what the culture's own resources hold: the "tr" satellite has every code.
        WithUICulture("tr", () => Assert.Equal(
            stock.GetAllStrings(includeParentCultures: false).Select(s => s.Value).OrderBy(v => v, StringComparer.Ordinal),
            new SmtpReplyLocalizer().GetAllStrings(includeParentCultures: false).Select(s => s.Value).OrderBy(v => v, StringComparer.Ordinal)));
        Assert.Contains(new SmtpReplyLocalizer(new CultureInfo("tr")).GetAllStrings(false), s => s.Value == MailboxUnavailableTr);
    }

    private static void WithUICulture(string name, Action action)
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
