using System;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary>Bad input: exactly one clear line on standard error, nothing on standard output, exit code 2.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("hello", "smtpcodes: 'hello' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".")]
    [InlineData("55", "smtpcodes: '55' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".")]
    [InlineData("999", "smtpcodes: 999 is not a reply code; reply codes are 100 to 599.")]
    [InlineData("099", "smtpcodes: 099 is not a reply code; reply codes are 100 to 599.")]
    [InlineData("", "smtpcodes: the input is empty; give a reply code (550), a name (MailboxUnavailable) or a reply (\"550 5.1.1 User unknown\").")]
    [InlineData("   ", "smtpcodes: the input is empty; give a reply code (550), a name (MailboxUnavailable) or a reply (\"550 5.1.1 User unknown\").")]
    [InlineData("550x hello", "smtpcodes: not a well-formed reply: Line 1: the reply code must be followed by a space, '-' or the end of the line: '550x hello'.")]
    [InlineData("MailboxUnavailabl", "smtpcodes: 'MailboxUnavailabl' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".")]
    public void Explain_rejects_what_is_not_a_code_a_name_or_a_reply(string input, string expected)
    {
        AssertOneLineError(CliHarness.Run("explain", input, "--culture", "en"), expected);
    }

    [Theory]
    [InlineData("hello", "smtpcodes: 'hello' içinde yanıt kodu, genişletilmiş kod ya da bilinen bir neden yok; 550, 5.1.1, MailboxUnavailable ya da \"550 5.1.1 User unknown\" deneyin.")]
    [InlineData("999", "smtpcodes: 999 bir yanıt kodu değil; yanıt kodları 100 ile 599 arasındadır.")]
    [InlineData("", "smtpcodes: girdi boş; bir yanıt kodu (550), bir ad (MailboxUnavailable) ya da bir yanıt (\"550 5.1.1 User unknown\") verin.")]
    public void Explain_says_what_is_wrong_in_the_culture_asked_for(string input, string expected)
    {
        AssertOneLineError(CliHarness.Run("explain", input, "--culture", "tr-TR"), expected);
    }

    [Fact]
    public void List_and_bounce_say_what_is_wrong_in_the_culture_asked_for()
    {
        AssertOneLineError(CliHarness.Run("list", "--class", "9", "--culture", "tr"), "smtpcodes: --class bir yanıt kodunun ilk basamağını alır (1 ile 5 arası), '9' değil.");
        AssertOneLineError(CliHarness.Run("bounce", "no-such-folder-here", "--culture", "tr"), "smtpcodes: 'no-such-folder-here' okunamadı: böyle bir dosya ya da klasör yok.");
    }

    [Fact]
    public void Explain_rejects_a_json_request_for_bad_input_the_same_way()
    {
        CliResult result = CliHarness.Run("explain", "hello", "--json", "--culture", "en");

        AssertOneLineError(result, "smtpcodes: 'hello' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".");
    }

    [Fact]
    public void A_multi_line_error_is_quoted_by_its_first_line()
    {
        CliResult result = CliHarness.Run("explain", "hello\nworld", "--culture", "en");

        AssertOneLineError(result, "smtpcodes: 'hello …' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public void Explain_dash_with_empty_standard_input(string stdin)
    {
        AssertOneLineError(
            CliHarness.RunWithInput(stdin, "explain", "-", "--culture", "en"),
            "smtpcodes: standard input is empty; pipe a reply into 'smtpcodes explain -', such as \"550 5.1.1 User unknown\".");
    }

    [Fact]
    public void Explain_dash_with_unreadable_standard_input()
    {
        AssertOneLineError(CliHarness.RunWithInput(new BrokenReader(), "explain", "-", "--culture", "en"), "smtpcodes: cannot read standard input: Broken pipe");
    }

    [Fact]
    public void Explain_dash_with_something_that_is_not_a_reply()
    {
        AssertOneLineError(
            CliHarness.RunWithInput("Delivery has failed to these recipients\n", "explain", "-", "--culture", "en"),
            "smtpcodes: 'Delivery has failed to these recipients' holds no reply code, enhanced code or known reason; try 550, 5.1.1, MailboxUnavailable or \"550 5.1.1 User unknown\".");
    }

    [Theory]
    [InlineData("550x User unknown", "UserUnknown")]
    [InlineData("550-first\n551 second", "HasMoved")]
    [InlineData("Remote host said: 552 5.2.2 <a@example.com>... Mailbox full", "MailboxFull")]
    public void Explain_reads_leniently_what_the_strict_parser_rejects(string input, string? reason)
    {
        CliResult result = CliHarness.Run("explain", input, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(reason, json.RootElement.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("45")]
    [InlineData("x")]
    [InlineData("")]
    public void List_rejects_a_class_that_is_not_1_to_5(string value)
    {
        AssertOneLineError(CliHarness.Run("list", "--class", value, "--culture", "en"), $"smtpcodes: --class takes the first digit of a reply code, 1 to 5, not '{value}'.");
    }

    [Fact]
    public void List_rejects_a_bad_class_with_json_too()
    {
        AssertOneLineError(CliHarness.Run("list", "--class", "9", "--json", "--culture", "en"), "smtpcodes: --class takes the first digit of a reply code, 1 to 5, not '9'.");
    }

    private static void AssertOneLineError(CliResult result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(expected + "\n", result.Error);
        Assert.Empty(result.Output);
    }
}
