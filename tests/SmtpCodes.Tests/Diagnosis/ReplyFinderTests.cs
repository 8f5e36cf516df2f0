using System;
using CsCheck;
using SmtpCodes.Diagnosis;
using Xunit;

namespace SmtpCodes.Tests.Diagnosis;

/// <summary>The finder jumps from one digit 1–5 to the next; codes must still be found wherever they are.</summary>
public class ReplyFinderTests
{
    [Theory]
    [InlineData("delivery failed after 30 minutes of trying: 550", 550, null)]
    [InlineData("error 600 700 800 999 0000 6.1.1", 0, null)]
    [InlineData("0000000000000000000000000000000000000000 421 4.4.2 try later", 421, "4.4.2")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx550 5.1.1 user unknown", 0, "5.1.1")]
    [InlineData("relay 192.0.2.55 said 9999 then 452 4.5.3 too many recipients", 452, "4.5.3")]
    [InlineData("X-Unix; 255", 0, null)]
    [InlineData("Diagnostic information: #550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##", 550, "5.1.1")]
    [InlineData("see ticket #552 about 5.2.2 mailboxes", 0, "5.2.2")]
    [InlineData("  x-unix;  127 the filter gave up", 0, null)]
    [InlineData("X-Unix; 75 after the relay said 451 4.3.0 try again", 451, "4.3.0")]
    [InlineData("smtp; 255 odd but a reply", 255, null)]
    public void Codes_are_found_anywhere_and_only_where_they_stand_alone(string text, int code, string? enhanced)
    {
        FoundCodes found = ReplyFinder.Find(text.AsSpan());

        Assert.Equal(code, found.Code);
        Assert.Equal(enhanced, found.Enhanced?.ToString());
    }

    [Fact]
    public void Find_finds_what_the_scalar_path_of_every_target_finds_on_random_texts()
    {
        // Codes, numbers, dotted numbers and words, with characters outside ASCII whose low byte is a digit (U+0131,
        // U+0135), in texts long enough for several vector blocks and a last one that overlaps.
        Gen<string> piece = Gen.OneOf(
            Gen.OneOf(new[] { "550", "5.1.1", "550-5.7.1", "421 4.4.2", "(#5.1.1)", "192.0.2.1", "2.0.0", "4.16.55.1", "250", "999", "<", ">", "'", "\"", "[506]", "in 450 minutes" }),
            Gen.OneOf(new[] { " ", "  ", "-", ":", ".", "_", "#", "/", ";", "\r\n", "\t" }),
            Gen.String[Gen.Char["0123456789."], 1, 8],
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"], 1, 8],
            Gen.String[Gen.Char["\u0131\u0135\u0130\u00E9\uFF15\u0660"], 1, 2],
            Gen.Char.Select(c => c.ToString()));
        piece.Array[0, 40].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            FoundCodes fast = ReplyFinder.Find(text.AsSpan());
            FoundCodes scalar = ReplyFinder.FindScalar(text.AsSpan());
            Assert.Equal(scalar.Code, fast.Code);
            Assert.Equal(scalar.Enhanced, fast.Enhanced);
            Assert.Equal(scalar.OuterCode, fast.OuterCode);
            Assert.Equal(scalar.OuterEnhanced, fast.OuterEnhanced);
            Assert.Equal(scalar.TextStart, fast.TextStart);
            Assert.Equal(scalar.TextEnd, fast.TextEnd);
        }, iter: 5000);
    }
}
