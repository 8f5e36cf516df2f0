using Xunit;

namespace SmtpCodes.Bounces.Tests.Input;

public class ScannerTests
{
    [Theory]
    [InlineData("host mx.example.org [192.0.2.1]: 550 5.1.1 unknown", 550, "5.1.1")]
    [InlineData("Remote host said: 552 mailbox full", 552, null)]
    [InlineData("550-5.7.26 first line\n550 5.7.26 last line", 550, "5.7.26")]
    [InlineData("Out: 250 2.1.5 Ok\nOut: 451 4.3.0 queue file write error", 451, "4.3.0")]
    [InlineData("ERROR_CODE :550, ERROR_CODE :5.2.2 mailbox full", 550, "5.2.2")]
    [InlineData("550: 5.2.2 <a@example.org>... Mailbox Full", 550, "5.2.2")]
    [InlineData("connect to 192.0.2.250 at 10:55:01 failed, 2026-03-02", 0, null)]
    [InlineData("the message of 5500 bytes was refused (#5.3.4)", 0, "5.3.4")]
    public void Reply_codes_and_enhanced_codes_are_found_and_numbers_are_not(string text, int code, string? status)
    {
        SmtpResponse? reply = ReplyText.Parse(text);
        Assert.Equal(code, reply is { } r ? (int)r.Code : 0);
        Assert.Equal(status, (reply?.EnhancedCode ?? ReplyScanner.FirstStatus(text))?.ToString());
    }

    [Theory]
    [InlineData("  ilse@example.org", "ilse@example.org")]
    [InlineData("<ilse@example.org>:", "ilse@example.org")]
    [InlineData("\"ilse@example.org\":", "ilse@example.org")]
    [InlineData("ilse@example.org: 550 no such user", "ilse@example.org")]
    [InlineData("ilse@example.org on Mon, 02 Mar 2026 10:00:00 +0000", "ilse@example.org")]
    public void Lines_that_start_with_a_recipient(string line, string address)
    {
        Assert.True(Decoders.TextBounce.StartsWithAddress(line, out string found, out _));
        Assert.Equal(address, found);
    }

    [Theory]
    [InlineData("see ilse@example.org for details")]
    [InlineData("Message-ID: <abc@example.org>")]
    [InlineData("  hello world")]
    public void Lines_that_do_not_start_with_a_recipient(string line)
    {
        Assert.False(Decoders.TextBounce.StartsWithAddress(line, out _, out _));
    }
}
