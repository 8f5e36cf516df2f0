using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace SmtpCodes.Tests.Replies;

public class SmtpResponsePropertyTests
{
    private static readonly Gen<char> ReplyChar = Gen.Frequency(
        (4, Gen.Char),
        (4, Gen.Char["0123456789 -.\r\n\t"]),
        (2, Gen.Char['a', 'z']));

    private static readonly Gen<char> TextChar = Gen.Frequency((6, Gen.Char['a', 'z']), (2, Gen.Char[" .:<>@-0123456789İı"]), (1, Gen.Char.Where(c => c != '\r' && c != '\n')));

    private static readonly Gen<SmtpResponse> Responses =
        Gen.Select(
            Gen.Int[100, 599],
            Gen.Bool,
            Gen.Int[0, 999],
            Gen.Int[0, 999],
            Gen.String[TextChar, 0, 30].Array[1, 4],
            (code, hasEnhanced, subject, detail, lines) =>
            {
                int classDigit = code / 100;
                EnhancedStatusCode? enhanced = hasEnhanced && classDigit is 2 or 4 or 5 ? new EnhancedStatusCode(classDigit, subject, detail) : null;
                return new SmtpResponse((SmtpReply)code, enhanced, string.Join("\n", lines));
            })
        // A text line that itself starts with an enhanced code would be read as one: not a round trip to test.
        .Where(r => r.Text.Split('\n').All(line => !EnhancedStatusCode.TryParse(line.Split(' ')[0], out _)));

    [Fact]
    public void Arbitrary_text_never_makes_TryParse_throw()
    {
        Gen.String[ReplyChar, 0, 120].Sample(text =>
        {
            bool parsed = SmtpResponse.TryParse(text, out SmtpResponse response);
            if (parsed)
            {
                Assert.True(SmtpReplyDigits.IsReplyCode((int)response.Code));
            }
            else
            {
                Assert.Throws<FormatException>(() => SmtpResponse.Parse(text));
            }
        }, iter: 5000);
    }

    [Fact]
    public void A_formatted_reply_parses_back_to_the_same_values()
    {
        Responses.Sample(response =>
        {
            string formatted = response.ToString();
            Assert.True(SmtpResponse.TryParse(formatted, out SmtpResponse parsed), formatted);
            Assert.Equal(response.Code, parsed.Code);
            Assert.Equal(response.EnhancedCode, parsed.EnhancedCode);
            Assert.Equal(response.Text, parsed.Text);
            Assert.True(SmtpResponse.TryParse(formatted.Replace("\r\n", "\n", StringComparison.Ordinal), out SmtpResponse fromLf));
            Assert.Equal(parsed, fromLf);
        }, iter: 2000);
    }

    [Fact]
    public void Any_parsed_reply_formats_and_parses_back_to_itself()
    {
        // Parsed text, stray carriage returns included: a line of Text never ends in CR, so formatting cannot add one.
        Gen.String[ReplyChar, 0, 120].Sample(text =>
        {
            if (SmtpResponse.TryParse(text, out SmtpResponse parsed))
            {
                Assert.DoesNotContain(parsed.Text.Split('\n'), line => line.EndsWith('\r'));
                Assert.True(SmtpResponse.TryParse(parsed.ToString(), out SmtpResponse again), parsed.ToString());
                Assert.Equal(parsed, again);
            }
        }, iter: 5000);
    }

    [Theory]
    [InlineData("550 User unknown\r", "User unknown")]
    [InlineData("550 User unknown\r\r", "User unknown")]
    [InlineData("550 User unknown\r\r\n", "User unknown")]
    [InlineData("550-first\r\r\n550 second\r", "first\nsecond")]
    [InlineData("550 in\rside", "in\rside")]
    public void Carriage_returns_that_end_a_line_belong_to_the_line_break(string reply, string text)
    {
        SmtpResponse parsed = SmtpResponse.Parse(reply);

        Assert.Equal(text, parsed.Text);
        Assert.Equal(parsed, SmtpResponse.Parse(parsed.ToString()));
    }
}
