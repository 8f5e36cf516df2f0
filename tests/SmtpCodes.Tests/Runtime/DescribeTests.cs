using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Threading.Tasks;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

public class DescribeTests
{
    private const string MailboxUnavailableEn = "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)";
    private const string MailboxUnavailableTr = "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)";

    [Fact]
    public void The_canonical_call_works_in_Turkish_and_English()
    {
        Assert.Equal(MailboxUnavailableTr, SmtpReply.MailboxUnavailable.Describe(new CultureInfo("tr-TR")));
        Assert.Equal(MailboxUnavailableEn, SmtpReply.MailboxUnavailable.Describe(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("tr", MailboxUnavailableTr)]
    [InlineData("tr-TR", MailboxUnavailableTr)]
    [InlineData("tr-CY", MailboxUnavailableTr)]
    [InlineData("en", MailboxUnavailableEn)]
    [InlineData("en-US", MailboxUnavailableEn)]
    [InlineData("de-DE", MailboxUnavailableEn)]
    [InlineData("ja", MailboxUnavailableEn)]
    [InlineData("", MailboxUnavailableEn)]
    public void Cultures_fall_back_to_their_parent_then_to_English(string culture, string expected)
    {
        Assert.Equal(expected, SmtpReply.MailboxUnavailable.Describe(new CultureInfo(culture)));
    }

    [Fact]
    public void Null_culture_means_the_current_UI_culture()
    {
        CultureInfo saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(MailboxUnavailableTr, SmtpReply.MailboxUnavailable.Describe());
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            Assert.Equal(MailboxUnavailableEn, SmtpReply.MailboxUnavailable.Describe(null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData(599, "Unknown reply code 599. Permanent negative completion: the server met an error and did not accept the command.")]
    [InlineData(557, "Unknown reply code 557. Permanent negative completion: the server met an error and did not accept the command. Mail system: the status of the mail system as a whole and of the mail server in particular.")]
    [InlineData(299, "Unknown reply code 299. Positive completion: the server completed the requested action successfully.")]
    [InlineData(420, "Unknown reply code 420. Transient negative completion: the server met a temporary error; the command may succeed if it is repeated unchanged later. Connections: the reply is about the transmission channel.")]
    [InlineData(0, "0 is not an SMTP reply code: a reply code has three digits, from 100 to 599.")]
    [InlineData(-550, "-550 is not an SMTP reply code: a reply code has three digits, from 100 to 599.")]
    [InlineData(600, "600 is not an SMTP reply code: a reply code has three digits, from 100 to 599.")]
    public void Unknown_values_get_a_generic_English_description_from_their_digits(int code, string expected)
    {
        Assert.Equal(expected, ((SmtpReply)code).Describe(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(599, "Bilinmeyen yanıt kodu 599. Kalıcı olumsuz yanıt: Sunucu bir hatayla karşılaştı ve komutu kabul etmedi.")]
    [InlineData(421 + 1, "Bilinmeyen yanıt kodu 422. Geçici olumsuz yanıt: Sunucu geçici bir hatayla karşılaştı. Komut herhangi bir değişiklik yapılmadan tekrar edilirse tamamlanabilir. Bağlantı: Bağlantı durumunu ifade eder.")]
    [InlineData(0, "0 bir SMTP yanıt kodu değil: yanıt kodları 100 ile 599 arasında üç basamaktan oluşur.")]
    public void Unknown_values_get_a_generic_Turkish_description_from_their_digits(int code, string expected)
    {
        Assert.Equal(expected, ((SmtpReply)code).Describe(new CultureInfo("tr-TR")));
    }

    [Fact]
    public void No_undefined_value_ever_gets_a_defined_codes_text()
    {
        var cultures = new[] { CultureInfo.InvariantCulture, new CultureInfo("tr-TR") };
        var definedTexts = new HashSet<string>(cultures.SelectMany(c => SmtpReplyInfo.GetValues().Select(v => v.Describe(c))), StringComparer.Ordinal);
        for (int code = -1; code <= 1000; code++)
        {
            if (!SmtpReplyInfo.IsDefined(code))
            {
                foreach (CultureInfo culture in cultures)
                {
                    string text = ((SmtpReply)code).Describe(culture);
                    Assert.DoesNotContain(text, definedTexts);
                    Assert.Contains(code.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Parallel_lookups_across_cultures_from_a_cold_table_agree_with_serial_ones()
    {
        // A fresh table over the real resources, so the first fills race each other.
        var resources = new ResourceManager("SmtpCodes.SmtpReply", typeof(SmtpReply).Assembly);
        string[] keys = SmtpReplyInfo.GetValues().Select(v => v.ToStringFast()).ToArray();
        var cold = new LocalizedTextTable(resources, keys, keys);
        CultureInfo[] cultures = { new("tr-TR"), new("tr"), new("en-US"), CultureInfo.InvariantCulture, new("de-DE"), new("fr"), new("tr-TR") };

        string[] results = new string[20_000];
        Parallel.For(0, results.Length, i => results[i] = cold.Get(i % keys.Length, cultures[i % cultures.Length]));

        for (int i = 0; i < results.Length; i++)
        {
            SmtpReply reply = SmtpReplyInfo.GetValues()[i % keys.Length];
            Assert.Equal(reply.Describe(cultures[i % cultures.Length]), results[i]);
        }
    }

    [Fact]
    public void Describe_is_thread_safe_with_many_threads_and_cultures()
    {
        CultureInfo[] cultures = { new("tr-TR"), new("en-US"), new("tr"), new("es") };
        Parallel.For(0, 10_000, i =>
        {
            CultureInfo culture = cultures[i % cultures.Length];
            string expected = culture.TwoLetterISOLanguageName == "tr" ? MailboxUnavailableTr : MailboxUnavailableEn;
            Assert.Equal(expected, SmtpReply.MailboxUnavailable.Describe(culture));
        });
    }

    [Fact]
    public void A_table_whose_resources_are_missing_falls_back_to_the_neutral_texts()
    {
        var missing = new ResourceManager("Nowhere.Resources", typeof(DescribeTests).Assembly);
        var table = new LocalizedTextTable(missing, new[] { "A", "B" }, new[] { "Alpha", "Beta" });

        Assert.Equal("Beta", table.Get(1, new CultureInfo("tr-TR")));
        Assert.Equal("Alpha", table.Get(0, CultureInfo.InvariantCulture));
    }
}
