using System;
using System.Linq;
using System.Text.Json;
using SmtpCodes.Cli;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary><c>smtpcodes explain</c>: codes, names and replies, as text and JSON, in the culture asked for.</summary>
public class ExplainCommandTests
{
    private static readonly System.Globalization.CultureInfo Tr = new("tr");
    private static readonly System.Globalization.CultureInfo En = new("en");

    private const string MailboxUnavailableEn = "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)";
    private const string MailboxUnavailableTr = "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)";

    /// <summary>A Gmail bounce as pasted from a terminal: indented, CRLF, with blank lines around it.</summary>
    private const string GmailBounce =
        "\r\n" +
        "    550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
        "    550-5.1.1 double-checking the recipient's email address for typos or\r\n" +
        "    550-5.1.1 unnecessary spaces. Learn more at\r\n" +
        "    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2si1234567qkb.123 - gsmtp\r\n" +
        "\r\n";

    [Fact]
    public void A_reply_in_Turkish_prints_code_name_class_enhanced_code_and_both_explanations()
    {
        CliResult result = CliHarness.Run("explain", "550 5.1.1 User unknown", "--culture", "tr");

        // Turkish labels, padded to the longest of them ("Genişletilmiş anlam:") and a space.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "Kod:                 550\n" +
            "Ad:                  MailboxUnavailable\n" +
            "Sınıf:               PermanentNegative (5yz: kalıcı hata; aynı istek tekrarlanmamalı)\n" +
            "Kategori:            MailSystem (x5z: posta sistemi)\n" +
            "Genişletilmiş kod:   5.1.1 BadDestinationMailboxAddress\n" +
            "Genişletilmiş anlam: Kalıcı hata: Geçersiz hedef posta kutusu adresi\n" +
            "Neden:               UserUnknown (kalıcı geri dönüş): " + BounceReason.UserUnknown.Describe(Tr) + "\n" +
            "Anlamı:              " + MailboxUnavailableTr + "\n" +
            "Yapılacak:           " + BounceReason.UserUnknown.DescribeAction(Tr) + "\n" +
            "Eşleşme ölçütü:      ifade \"user unknown\" + durum X.1.X (diagnosis-rules.csv)\n" +
            "Sunucu metni:        User unknown\n",
            result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_reply_in_English_prints_English_labels()
    {
        CliResult result = CliHarness.Run("explain", "550 5.1.1 User unknown", "--culture", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "Code:             550\n" +
            "Name:             MailboxUnavailable\n" +
            "Class:            PermanentNegative (5yz: a permanent failure; the same request should not be repeated)\n" +
            "Category:         MailSystem (x5z: the mail system)\n" +
            "Enhanced code:    5.1.1 BadDestinationMailboxAddress\n" +
            "Enhanced meaning: Permanent failure: Bad destination mailbox address\n" +
            "Reason:           UserUnknown (hard bounce): " + BounceReason.UserUnknown.Describe(En) + "\n" +
            "Meaning:          " + MailboxUnavailableEn + "\n" +
            "Action:           " + BounceReason.UserUnknown.DescribeAction(En) + "\n" +
            "Matched by:       phrase \"user unknown\" + status X.1.X (diagnosis-rules.csv)\n" +
            "Server text:      User unknown\n",
            result.Output);
    }

    [Theory]
    [InlineData("en", "Reason:", "(soft bounce)")]
    [InlineData("tr", "Neden:", "(geçici geri dönüş)")]
    [InlineData("tr-TR", "Neden:", "(geçici geri dönüş)")]
    [InlineData("de", "Reason:", "(soft bounce)")]
    public void A_soft_bounce_is_labelled_in_the_culture_and_every_value_starts_in_one_column(string culture, string reasonLabel, string softBounce)
    {
        CliResult result = CliHarness.Run("explain", "452 4.2.2 Mailbox full", "--culture", culture);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        string reason = Assert.Single(lines, l => l.StartsWith(reasonLabel + " ", StringComparison.Ordinal));
        Assert.Contains(" MailboxFull " + softBounce + ": ", reason, StringComparison.Ordinal);

        // The values start where the longest label of the culture ends, plus one space, on every line.
        int width = SmtpCodes.Cli.ExplanationWriter.LabelWidth(new System.Globalization.CultureInfo(culture));
        Assert.All(lines, l =>
        {
            Assert.Equal(' ', l[width - 1]);
            Assert.NotEqual(' ', l[width]);
            Assert.EndsWith(":", l[..width].TrimEnd(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_label_column_is_as_wide_as_the_longest_label_of_the_culture()
    {
        Assert.Equal("Enhanced meaning: ".Length, SmtpCodes.Cli.ExplanationWriter.LabelWidth(En));
        Assert.Equal("Genişletilmiş anlam: ".Length, SmtpCodes.Cli.ExplanationWriter.LabelWidth(Tr));
        Assert.Equal("Genişletilmiş anlam: ".Length, SmtpCodes.Cli.ExplanationWriter.LabelWidth(new System.Globalization.CultureInfo("tr-TR")));
    }

    [Fact]
    public void The_tools_texts_come_from_the_tr_satellite_and_fall_back_to_English()
    {
        Assert.Equal("Neden:", SmtpCodes.Cli.CliText.ReasonLabel.Describe(new System.Globalization.CultureInfo("tr-TR")));
        Assert.Equal("Neden:", SmtpCodes.Cli.CliText.ReasonLabel.Describe(Tr));
        Assert.Equal("Reason:", SmtpCodes.Cli.CliText.ReasonLabel.Describe(En));
        Assert.Equal("Reason:", SmtpCodes.Cli.CliText.ReasonLabel.Describe(new System.Globalization.CultureInfo("de-DE")));
        Assert.Equal("Reason:", SmtpCodes.Cli.CliText.ReasonLabel.Describe(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("(kalıcı geri dönüş)", SmtpCodes.Cli.CliText.HardBounceNote.Describe(Tr));
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(typeof(SmtpCodes.Cli.CliText).Assembly.Location)!, "tr", "SmtpCodes.Cli.resources.dll")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void Every_tool_text_is_there_and_the_format_texts_take_their_arguments(string culture)
    {
        var info = new System.Globalization.CultureInfo(culture);
        Assert.NotEmpty(CliTextInfo.GetValues());
        foreach (CliText text in CliTextInfo.GetValues())
        {
            string value = text.Describe(info);
            Assert.False(string.IsNullOrWhiteSpace(value), text.ToStringFast());

            // The totals line, the progress caption and the error lines that quote something are composite formats: a
            // translation must keep the same arguments, each of them used.
            int arguments = text switch
            {
                CliText.BounceSummary => 3,
                CliText.MessagesRead or CliText.ErrorUnreadablePath => 2,
                CliText.ErrorNotReplyCode or CliText.ErrorNotWellFormed or CliText.ErrorNothingToExplain or CliText.ErrorStandardInputUnreadable
                    or CliText.ErrorClassDigit or CliText.ErrorNoSuchPath => 1,
                _ => 0,
            };
            for (int argument = 0; argument < 3; argument++)
            {
                Assert.Equal(argument < arguments, value.Contains("{" + argument.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal));
            }

            Assert.Equal(arguments > 0, value.Contains('{', StringComparison.Ordinal));
            _ = string.Format(info, value, 1, 2, 3);
        }
    }

    [Fact]
    public void Json_does_not_change_with_the_culture_except_the_texts_that_were_already_localized()
    {
        JsonElement en = CliHarness.Run("explain", "550 5.1.1 User unknown", "--culture", "en", "--json").Json();
        JsonElement tr = CliHarness.Run("explain", "550 5.1.1 User unknown", "--culture", "tr", "--json").Json();

        string[] localized = { "description", "enhancedDescription", "reasonDescription", "action", "vendorDescription", "culture" };
        Assert.Equal(en.EnumerateObject().Select(p => p.Name), tr.EnumerateObject().Select(p => p.Name));
        foreach (JsonProperty property in en.EnumerateObject())
        {
            if (Array.IndexOf(localized, property.Name) < 0)
            {
                Assert.Equal(property.Value.GetRawText(), tr.GetProperty(property.Name).GetRawText());
            }
        }

        Assert.Equal(MailboxUnavailableTr, tr.GetProperty("description").GetString());
        Assert.True(tr.GetProperty("hardBounce").GetBoolean());
        Assert.DoesNotContain("Neden", tr.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("geri dönüş", tr.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_code_prints_no_enhanced_code_and_no_server_text()
    {
        CliResult result = CliHarness.Run("explain", "550", "--culture", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Code:             550\n" +
            "Name:             MailboxUnavailable\n" +
            "Class:            PermanentNegative (5yz: a permanent failure; the same request should not be repeated)\n" +
            "Category:         MailSystem (x5z: the mail system)\n" +
            "Meaning:          " + MailboxUnavailableEn + "\n",
            result.Output);
    }

    [Theory]
    [InlineData("mailboxbusy")]
    [InlineData("MAILBOXBUSY")]
    [InlineData("MailboxBusy")]
    [InlineData(" 450 ")]
    public void Names_in_any_case_and_codes_explain_the_same_member(string input)
    {
        CliResult result = CliHarness.Run("explain", input, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = result.Json();
        Assert.Equal(450, json.GetProperty("code").GetInt32());
        Assert.Equal("MailboxBusy", json.GetProperty("name").GetString());
    }

    [Fact]
    public void A_code_the_table_does_not_name_is_explained_from_its_digits()
    {
        CliResult result = CliHarness.Run("explain", "599", "--culture", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Code:             599\nName:             (unknown)\nClass:            PermanentNegative (5yz: a permanent failure; the same request should not be repeated)\nCategory:         Unknown\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Meaning:          " + ((SmtpReply)599).Describe(System.Globalization.CultureInfo.InvariantCulture) + "\n", result.Output, StringComparison.Ordinal);

        CliResult turkish = CliHarness.Run("explain", "599", "--culture", "tr");
        Assert.Contains("Kod:                 599\nAd:                  (bilinmiyor)\n", turkish.Output, StringComparison.Ordinal);
        Assert.Null(CliHarness.Run("explain", "599", "--culture", "tr", "--json").Json().GetProperty("name").GetString());
    }

    [Fact]
    public void Json_is_one_object_with_every_field()
    {
        CliResult result = CliHarness.Run("explain", "550 5.1.1 <bob@example.com>: User unknown", "--culture", "tr-TR", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = result.Json();
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(550, json.GetProperty("code").GetInt32());
        Assert.Equal("MailboxUnavailable", json.GetProperty("name").GetString());
        Assert.Equal("PermanentNegative", json.GetProperty("class").GetString());
        Assert.Equal("MailSystem", json.GetProperty("category").GetString());
        Assert.Equal(MailboxUnavailableTr, json.GetProperty("description").GetString());
        Assert.Equal("5.1.1", json.GetProperty("enhancedCode").GetString());
        Assert.Equal("BadDestinationMailboxAddress", json.GetProperty("enhancedName").GetString());
        Assert.Equal("Kalıcı hata: Geçersiz hedef posta kutusu adresi", json.GetProperty("enhancedDescription").GetString());
        Assert.Equal("<bob@example.com>: User unknown", json.GetProperty("text").GetString());
        Assert.Equal("tr-TR", json.GetProperty("culture").GetString());
        // Turkish and angle brackets are written as themselves, for people reading the JSON in a terminal.
        Assert.Contains("\"İstenen", result.Output, StringComparison.Ordinal);
        Assert.Contains("<bob@example.com>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_for_a_bare_unnamed_code_has_nulls_not_missing_fields()
    {
        JsonElement json = CliHarness.Run("explain", "599", "--json").Json();

        Assert.Equal(JsonValueKind.Null, json.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("enhancedCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("enhancedName").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("enhancedDescription").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("text").ValueKind);
        Assert.Equal("Unknown", json.GetProperty("category").GetString());
    }

    [Fact]
    public void An_enhanced_code_the_registry_does_not_list_has_no_name_but_an_explanation()
    {
        JsonElement json = CliHarness.Run("explain", "550 5.9.99 odd", "--culture", "en", "--json").Json();

        Assert.Equal("5.9.99", json.GetProperty("enhancedCode").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("enhancedName").ValueKind);
        Assert.Equal("Permanent failure: Unknown status X.9.99", json.GetProperty("enhancedDescription").GetString());
    }

    [Fact]
    public void The_default_culture_is_the_current_UI_culture()
    {
        // The tests run under tr-TR.
        CliResult result = CliHarness.Run("explain", "550");

        Assert.Contains("Anlamı:              " + MailboxUnavailableTr + "\n", result.Output, StringComparison.Ordinal);
        Assert.Equal("tr-TR", CliHarness.Run("explain", "550", "--json").Json().GetProperty("culture").GetString());
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en-US")]
    [InlineData("xx-XX", null)]
    [InlineData("not a culture", "")]
    [InlineData("", "")]
    public void Other_and_unknown_cultures_explain_in_English(string culture, string? reportedCulture)
    {
        CliResult result = CliHarness.Run("explain", "550", "--culture", culture, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = result.Json();
        Assert.Equal(MailboxUnavailableEn, json.GetProperty("description").GetString());
        if (reportedCulture is not null)
        {
            Assert.Equal(reportedCulture, json.GetProperty("culture").GetString());
        }
    }

    [Fact]
    public void Options_may_come_before_the_command()
    {
        CliResult result = CliHarness.Run("--culture", "en", "--json", "explain", "550");

        Assert.Equal(MailboxUnavailableEn, result.Json().GetProperty("description").GetString());
    }

    [Fact]
    public void A_dash_reads_a_multi_line_bounce_from_standard_input()
    {
        CliResult result = CliHarness.RunWithInput(GmailBounce, "explain", "-", "--culture", "tr");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(
            "Kod:                 550\n" +
            "Ad:                  MailboxUnavailable\n" +
            "Sınıf:               PermanentNegative (5yz: kalıcı hata; aynı istek tekrarlanmamalı)\n" +
            "Kategori:            MailSystem (x5z: posta sistemi)\n" +
            "Genişletilmiş kod:   5.1.1 BadDestinationMailboxAddress\n",
            result.Output,
            StringComparison.Ordinal);
        Assert.Contains("Neden:               UserUnknown (kalıcı geri dönüş): ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Anlamı:              " + MailboxUnavailableTr + "\n", result.Output, StringComparison.Ordinal);
        Assert.EndsWith(
            "Sunucu metni:        The email account that you tried to reach does not exist. Please try\n" +
            "                     double-checking the recipient's email address for typos or\n" +
            "                     unnecessary spaces. Learn more at\n" +
            "                      https://support.google.com/mail/?p=NoSuchUser d2si1234567qkb.123 - gsmtp\n",
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_with_json_gives_the_joined_text()
    {
        JsonElement json = CliHarness.RunWithInput(GmailBounce, "explain", "-", "--json").Json();

        Assert.Equal(550, json.GetProperty("code").GetInt32());
        Assert.StartsWith("The email account that you tried to reach does not exist. Please try\ndouble-checking", json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_line_on_standard_input_is_a_reply_too()
    {
        CliResult result = CliHarness.RunWithInput("421 4.7.0 Try again later\n", "explain", "-", "--culture", "en", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("ServiceNotAvailable", result.Json().GetProperty("name").GetString());
        Assert.Equal("4.7.0", result.Json().GetProperty("enhancedCode").GetString());
    }
}
