using System.Globalization;
using System.IO;
using System.Linq;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// The per-culture cache gives the same answer whatever the order of the calls: a culture is its name and its parents,
/// so a <see cref="CultureInfo"/> subclass that shares a real culture's name but not its parents neither gets nor
/// leaves that culture's texts.
/// </summary>
public class CultureCacheTests
{
    // 550's texts as codes.csv has them today, so that changing the row changes nothing here.
    private static readonly CodeTable Table = CodeTableParser.Parse(File.ReadAllText(TestData.Path("codes.csv"))).Table!.Value;
    private static readonly CodeRow Row = Table.Rows.Single(r => r.Code == 550);
    private static readonly string English = Row.Texts[0];
    private static readonly string Turkish = Row.Texts[Table.Cultures.ToList().IndexOf("tr")];

    [Fact]
    public void An_impostor_first_does_not_make_the_real_culture_Turkish()
    {
        // Names no other test uses, so this test sees the cache in the order it sets up.
        Assert.Equal(Turkish, SmtpReply.MailboxUnavailable.Describe(new TurkishParented("en-ZA")));
        Assert.Equal(English, SmtpReply.MailboxUnavailable.Describe(new CultureInfo("en-ZA")));
        Assert.Equal(English, SmtpReply.MailboxUnavailable.Describe(CultureInfo.GetCultureInfo("en-ZA")));
        Assert.StartsWith("Bilinmeyen yanıt kodu 599.", ((SmtpReply)599).Describe(new TurkishParented("en-IE")), System.StringComparison.Ordinal);
        Assert.StartsWith("Unknown reply code 599.", ((SmtpReply)599).Describe(new CultureInfo("en-IE")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_culture_first_does_not_make_the_impostor_English()
    {
        Assert.Equal(English, SmtpReply.MailboxUnavailable.Describe(new CultureInfo("en-NZ")));
        Assert.Equal(Turkish, SmtpReply.MailboxUnavailable.Describe(new TurkishParented("en-NZ")));
        Assert.Equal(English, SmtpReply.MailboxUnavailable.Describe(new CultureInfo("en-NZ")));
    }

    [Fact]
    public void A_fresh_table_over_a_fresh_resource_manager_is_order_independent_too()
    {
        var table = new LocalizedTextTable(
            new System.Resources.ResourceManager("SmtpCodes.SmtpReply", typeof(SmtpReply).Assembly),
            new[] { "MailboxUnavailable" },
            new[] { "neutral" });

        Assert.Equal(Turkish, table.Get(0, new TurkishParented("en-AU")));
        Assert.Equal(English, table.Get(0, new CultureInfo("en-AU")));
        Assert.Equal(Turkish, table.Get(0, new TurkishParented("en-AU")));
    }

    /// <summary>A culture with a real culture's name whose parent is Turkish.</summary>
    private sealed class TurkishParented(string name) : CultureInfo(name)
    {
        public override CultureInfo Parent => CultureInfo.GetCultureInfo("tr");
    }
}
