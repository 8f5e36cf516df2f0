using System.Globalization;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>Culture names typed by users resolve to a culture, or fall back to English without throwing.</summary>
public class SmtpCultureTests
{
    [Theory]
    [InlineData("tr", "tr")]
    [InlineData("tr-TR", "tr-TR")]
    [InlineData(" TR-tr ", "tr-TR")]
    [InlineData("en-US", "en-US")]
    public void Known_names_resolve_to_their_culture(string name, string expected)
    {
        Assert.Equal(expected, SmtpCulture.Resolve(name).Name);
    }

    [Theory]
    [InlineData("not a culture")]
    [InlineData("tr_TR!")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0")]
    public void Names_dotnet_rejects_fall_back_to_the_invariant_culture_and_English_texts(string name)
    {
        CultureInfo culture = SmtpCulture.Resolve(name);

        Assert.Same(CultureInfo.InvariantCulture, culture);
        Assert.Equal("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)", SmtpReply.MailboxUnavailable.Describe(culture));
    }

    [Fact]
    public void A_well_formed_name_without_texts_describes_in_English()
    {
        // ICU accepts "xx-XX" as a culture with no data, other platforms reject it; English either way.
        Assert.Equal("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)", SmtpReply.MailboxUnavailable.Describe(SmtpCulture.Resolve("xx-XX")));
    }

    [Fact]
    public void Null_means_the_current_UI_culture()
    {
        // The tests run under tr-TR.
        Assert.Same(CultureInfo.CurrentUICulture, SmtpCulture.Resolve(null));
        Assert.Equal("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)", SmtpReply.MailboxUnavailable.Describe(SmtpCulture.Resolve(null)));
    }
}
