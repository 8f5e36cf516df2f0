using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using SmtpCodes.Diagnosis;
using Xunit;

namespace SmtpCodes.Tests.Diagnosis;

/// <summary>
/// The phrase matcher against a plain reference: leave out the skipped codes, fold every character, fold white space
/// runs to one space, then look for each phrase with an ordinal search, counting an occurrence only where the phrase
/// begins with something other than a letter or digit or the folded character before it is not a letter or digit.
/// </summary>
public class PhraseMatcherTests
{
    private static readonly string[] Phrases =
    {
        "user unknown", "unknown", "mailbox full", "gcdp", "- gsmtp", "a b c d", "aaab", "ab", "m\u00FCnchen", "ok",
        "no such user here", "s843", "the recipient mailbox is not available here", "ube", "spf", "outlook.com", "tss04",
        "5.1.1 user", "(#5.1.1)", "spam\\b", "blacklisted", "listed in 5 lists",
    };

    private static readonly PhraseMatcher Matcher = new(Phrases);

    [Theory]
    [InlineData("YouTube rejected it", "ube")]
    [InlineData("xuser unknown", "user unknown")]
    [InlineData("notok", "ok")]
    [InlineData("reason xs843 given", "s843")]
    [InlineData("caf\u00E9ok", "ok")]
    [InlineData("4gcdp", "gcdp")]
    [InlineData("hotmail.myoutlook.com", "outlook.com")]
    [InlineData("host mx.spamexperts.com said", "spam\\b")]
    [InlineData("<spammer@example.org>", "spam\\b")]
    public void A_phrase_that_begins_with_a_letter_or_digit_is_not_found_inside_a_word(string text, string phrase)
    {
        bool[] found = AssertSameAsReference(text);

        Assert.False(found[Array.IndexOf(Phrases, phrase)]);
    }

    [Theory]
    [InlineData("Ube", "ube")]
    [InlineData("dkim=pass;spf=fail", "spf")]
    [InlineData("mx.protection.outlook.com", "outlook.com")]
    [InlineData("[TSS04] Messages from 192.0.2.1 temporarily deferred", "tss04")]
    [InlineData("(S843)", "s843")]
    [InlineData("Reject, id=1 - SPAM", "spam\\b")]
    [InlineData("scored as spam. bye", "spam\\b")]
    [InlineData("a spam-like message", "spam\\b")]
    [InlineData("xuser unknown", "unknown")]
    [InlineData("<x@y>:User unknown", "user unknown")]
    [InlineData("\u00A0ok", "ok")]
    [InlineData("all o\u212A", "ok")]
    [InlineData("now BLAC\u212ALISTED here", "blacklisted")]
    [InlineData("listed\tin \u00A0 5 lists", "listed in 5 lists")]
    [InlineData("m\u00DCnchen", "m\u00FCnchen")]
    [InlineData("id=x2si123.45- gsmtp", "- gsmtp")]
    [InlineData("550 mailbox unavailable(#5.1.1)", "(#5.1.1)")]
    public void A_phrase_is_found_at_the_start_of_the_text_after_punctuation_or_white_space_and_anywhere_when_it_begins_with_punctuation(string text, string phrase)
    {
        bool[] found = AssertSameAsReference(text);

        Assert.True(found[Array.IndexOf(Phrases, phrase)]);
    }

    [Fact]
    public void A_phrase_is_found_at_every_offset_after_a_separator_and_at_the_very_end()
    {
        foreach (string phrase in new[] { "user unknown", "gcdp", "NO  SUCH\tuser\r\n here", "M\u00DCNCHEN" })
        {
            for (int at = 0; at < 80; at++)
            {
                string before = at == 0 ? string.Empty : new string('x', at - 1) + ":";
                bool[] found = AssertSameAsReference(before + phrase);
                Assert.Contains(true, found);
                AssertSameAsReference(before + phrase + "yyy");
                AssertSameAsReference(new string('x', at) + phrase);
            }
        }
    }

    [Fact]
    public void White_space_runs_fold_to_one_space()
    {
        for (int run = 1; run < 70; run++)
        {
            foreach (string space in new[] { " ", "\t", "\r\n", "\u00A0", "\u2028" })
            {
                string gap = string.Concat(Enumerable.Repeat(space, run));
                string text = "550 5.1.1 user" + gap + "unknown and a" + gap + "b c" + gap + "d, " + new string('z', 40);

                bool[] found = AssertSameAsReference(text);
                Assert.True(found[Array.IndexOf(Phrases, "user unknown")]);
                Assert.True(found[Array.IndexOf(Phrases, "a b c d")]);
            }
        }
    }

    [Fact]
    public void Characters_outside_ascii_fold_and_count_as_letters_as_char_does()
    {
        // Ü folds to ü, NBSP and the line separator are white space; NUL, lone surrogates and the rest match no phrase.
        string text = new string('-', 70) + " oK \u00DCber M\u00DCnchen \uD800\0\uDC00 user\u00A0\u2028unknown \u0130 S843 \u00E9gcdp " + new string('\u00E9', 70);

        bool[] found = AssertSameAsReference(text);

        Assert.True(found[Array.IndexOf(Phrases, "ok")]);
        Assert.True(found[Array.IndexOf(Phrases, "m\u00FCnchen")]);
        Assert.True(found[Array.IndexOf(Phrases, "user unknown")]);
        Assert.True(found[Array.IndexOf(Phrases, "s843")]);
        Assert.False(found[Array.IndexOf(Phrases, "gcdp")]);
    }

    [Theory]
    [InlineData("550-5.1.1 user\r\n550-5.1.1 unknown", "user unknown", true)]
    [InlineData("550-5.1.1 user 550-5.1.1 550 5.1.1 unknown", "user unknown", true)]
    [InlineData("user  550 5.1.1   unknown", "user unknown", true)]
    [InlineData("user 550-5.1.1 550-5.1.1", "user unknown", false)]
    [InlineData("user x550-5.1.1 unknown", "user unknown", false)]
    [InlineData("user 550-5.1.1unknown", "user unknown", false)]
    [InlineData("user 551-5.1.1 unknown", "user unknown", false)]
    [InlineData("listed in 550 5.1.1 5 lists", "listed in 5 lists", true)]
    [InlineData("listed in 550-5.1.1 5 lists", "listed in 5 lists", true)]
    [InlineData("listed in 550 5.1.1 lists", "listed in 5 lists", false)]
    public void The_codes_a_flattened_reply_repeats_after_white_space_are_read_past(string text, string phrase, bool expected)
    {
        bool[] found = AssertSameAsReference(text, 550, "5.1.1");

        Assert.Equal(expected, found[Array.IndexOf(Phrases, phrase)]);
    }

    [Fact]
    public void Without_the_codes_to_skip_a_phrase_holding_them_is_found()
    {
        bool[] found = AssertSameAsReference("550 5.1.1 User unknown");

        Assert.True(found[Array.IndexOf(Phrases, "5.1.1 user")]);
        Assert.False(AssertSameAsReference("550 5.1.1 User unknown", 550, "5.1.1")[Array.IndexOf(Phrases, "5.1.1 user")]);
    }

    [Fact]
    public void Random_texts_match_the_reference_with_and_without_codes_to_skip()
    {
        var random = new Random(2024);
        string[] parts =
        {
            "user", " ", "  ", "\t", "\r\n", "unknown", "UnKnOwN", "a", "b", "c", "d", "aa", "g", "cdp", "-", "gsmtp", "o", "K", "\u212A",
            "\u00A0", "\uD800", "\0", "m\u00DCnchen", "x", "550 5.1.1 ", "550-5.1.1 ", "5", "no such user here", "S8", "43", ".",
            ";", "[", "]", "tube", "spf", "outlook.com", "\u00E9", "(#5.1.1)", "tss04", "spam", "SPAMMER", "blac", "klisted",
            "listed", "in", "lists",
        };
        for (int i = 0; i < 5000; i++)
        {
            var builder = new StringBuilder();
            int count = random.Next(0, 60);
            for (int p = 0; p < count; p++)
            {
                builder.Append(parts[random.Next(parts.Length)]);
            }

            string text = builder.ToString();
            AssertSameAsReference(text);
            AssertSameAsReference(text, 550, "5.1.1");
        }
    }

    [Fact]
    public void A_phrase_longer_than_any_text_walk_is_cut_where_the_text_ends()
    {
        const string phrase = "the recipient mailbox is not available here";
        for (int cut = 0; cut <= phrase.Length; cut++)
        {
            bool[] found = AssertSameAsReference("x " + phrase.Substring(0, cut));

            Assert.Equal(cut == phrase.Length, found[Array.IndexOf(Phrases, phrase)]);
        }
    }

    [Fact]
    public void Match_finds_what_the_scalar_path_of_every_target_finds_on_random_texts()
    {
        // Phrases in any case, white space runs, codes, digits and characters outside ASCII (which send a block of the
        // vectorized path character by character), in texts long enough for several blocks and a last one that overlaps.
        Gen<string> piece = Gen.OneOf(
            Gen.OneOf(Phrases).Select(Gen.Bool.Array[64], (p, upper) => new string(p.Select((c, i) => upper[i % 64] ? char.ToUpperInvariant(c) : c).ToArray())),
            Gen.OneOf(new[] { " ", "  ", "\t", "\r\n", " \u00A0 ", "\u2028", "550 5.1.1 ", "550-5.1.1 ", "451 4.7.1 ", "5", "12345", ".", "-", "(", "'", "[", ";" }),
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 1, 12],
            Gen.String[Gen.Char["\u00DC\u00E9\u0130\u0131\u212A\uD800\u00A0\u3000\u30C7"], 1, 2],
            Gen.Char.Select(c => c.ToString()));
        Gen<string> texts = piece.Array[0, 40].Select(pieces => string.Concat(pieces));

        foreach (PhraseMatcher matcher in new[] { Matcher, new DiagnosisEngine(DiagnosisRuleTable.Create(), SmtpCodesVendorTables.All).Matcher })
        {
            texts.Sample(text =>
            {
                foreach ((int code, string enhanced) in new[] { (0, string.Empty), (550, "5.1.1"), (451, "4.7.1") })
                {
                    var fast = new ulong[matcher.BitSetLength];
                    var scalar = new ulong[matcher.BitSetLength];
                    bool fastAny = matcher.Match(text.AsSpan(), fast, new ContinuationCodes(code, enhanced.AsSpan()));
                    bool scalarAny = matcher.MatchScalar(text.AsSpan(), scalar, new ContinuationCodes(code, enhanced.AsSpan()));
                    Assert.True(fast.SequenceEqual(scalar), "\"" + text + "\" with " + code);
                    Assert.Equal(scalarAny, fastAny);
                }
            }, iter: 3000);
        }
    }

    [Fact]
    public void With_gaps_the_pieces_between_them_are_read_as_texts_of_their_own()
    {
        // A text cut into pieces with a gap after each: every piece but the first begins with something other than a
        // letter or digit (the @ after a local part), as the gaps' contract asks. Matching the whole text around the gaps
        // must find what matching each piece on its own finds, on the vectorized path and the scalar one; gaps may be
        // empty, and pieces short, long, or outside ASCII.
        Gen<string> word = Gen.OneOf(
            Gen.OneOf(Phrases),
            Gen.OneOf(new[] { " ", "  ", "\t", "550 5.1.1 ", "550-5.1.1 ", "5", ".", "-", "<", ">", "\u00E9", "\u212A", "spammer" }),
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "], 0, 20]);
        Gen<string> text = word.Array[0, 8].Select(words => string.Concat(words));
        Gen<(string Piece, string Gap)[]> cuts = Gen.Select(text, text)
            .Array[1, 6]
            .Select(Gen.OneOf(new[] { "@", " ", "<", "(", "@." }).Array[6], (parts, openers) => parts
                .Select((part, k) => (k == 0 ? part.Item1 : openers[k] + part.Item1, part.Item2))
                .ToArray());

        cuts.Sample(parts =>
        {
            var whole = new StringBuilder();
            var gaps = new List<int>();
            for (int k = 0; k < parts.Length; k++)
            {
                whole.Append(parts[k].Piece);
                if (k < parts.Length - 1)
                {
                    gaps.Add(whole.Length);
                    whole.Append(parts[k].Gap);
                    gaps.Add(whole.Length);
                }
            }

            foreach ((int code, string enhanced) in new[] { (0, string.Empty), (550, "5.1.1") })
            {
                var expected = new ulong[Matcher.BitSetLength];
                bool expectedAny = false;
                foreach ((string piece, _) in parts)
                {
                    expectedAny |= Matcher.Match(piece.AsSpan(), expected, new ContinuationCodes(code, enhanced.AsSpan()));
                }

                var fast = new ulong[Matcher.BitSetLength];
                var scalar = new ulong[Matcher.BitSetLength];
                string text = whole.ToString();
                bool fastAny = Matcher.Match(text.AsSpan(), fast, new ContinuationCodes(code, enhanced.AsSpan()), gaps.ToArray());
                bool scalarAny = Matcher.MatchScalar(text.AsSpan(), scalar, new ContinuationCodes(code, enhanced.AsSpan()), gaps.ToArray());
                Assert.True(expected.SequenceEqual(fast), "\"" + text + "\" with gaps " + string.Join(",", gaps));
                Assert.True(expected.SequenceEqual(scalar), "scalar: \"" + text + "\" with gaps " + string.Join(",", gaps));
                Assert.Equal(expectedAny, fastAny);
                Assert.Equal(expectedAny, scalarAny);
            }
        }, iter: 3000);
    }

    [Fact]
    public void A_local_part_left_out_as_a_gap_holds_no_phrase_and_the_domain_after_it_is_read()
    {
        const string text = "mailbox full <spf@ok.example>";
        int[] gaps = { text.IndexOf("spf", StringComparison.Ordinal), text.IndexOf('@', StringComparison.Ordinal) };
        var without = new ulong[Matcher.BitSetLength];
        var with = new ulong[Matcher.BitSetLength];
        Matcher.Match(text.AsSpan(), without);
        Matcher.Match(text.AsSpan(), with, default, gaps);

        Assert.True(PhraseMatcher.IsSet(without, Array.IndexOf(Phrases, "spf")));
        Assert.False(PhraseMatcher.IsSet(with, Array.IndexOf(Phrases, "spf")));
        Assert.True(PhraseMatcher.IsSet(with, Array.IndexOf(Phrases, "mailbox full")));
        Assert.True(PhraseMatcher.IsSet(with, Array.IndexOf(Phrases, "ok")));
    }

    private static bool[] AssertSameAsReference(string text, int code = 0, string enhanced = "")
    {
        ulong[] bits = new ulong[Matcher.BitSetLength];
        bool any = Matcher.Match(text.AsSpan(), bits, new ContinuationCodes(code, enhanced.AsSpan()));

        string folded = FoldForReference(WithoutCodes(text, code, enhanced));
        bool[] expected = Phrases.Select(p => p.EndsWith(PhraseMatcher.WholeWordMark, StringComparison.Ordinal)
            ? OccursAtWordStart(folded, FoldForReference(p.Substring(0, p.Length - PhraseMatcher.WholeWordMark.Length)), wholeWord: true)
            : OccursAtWordStart(folded, FoldForReference(p))).ToArray();
        bool[] actual = Enumerable.Range(0, Phrases.Length).Select(i => PhraseMatcher.IsSet(bits, i)).ToArray();
        Assert.True(expected.SequenceEqual(actual), "phrases in \"" + text + "\": expected " + string.Join(",", expected) + ", got " + string.Join(",", actual));
        Assert.Equal(expected.Any(e => e), any);
        return actual;
    }

    private static bool OccursAtWordStart(string text, string phrase, bool wholeWord = false)
    {
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            bool ends = !wholeWord || at + phrase.Length == text.Length || !char.IsLetterOrDigit(text[at + phrase.Length]);
            if (ends && (at == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(text[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Leaves out "550-5.1.1 " and "550 5.1.1 " at the start or after white space.
    private static string WithoutCodes(string text, int code, string enhanced)
    {
        if (enhanced.Length == 0)
        {
            return text;
        }

        var kept = new StringBuilder();
        string digits = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int i = 0;
        while (i < text.Length)
        {
            bool afterSpace = i == 0 || char.IsWhiteSpace(text[i - 1]);
            if (afterSpace && (Starts(text, i, digits + " " + enhanced + " ") || Starts(text, i, digits + "-" + enhanced + " ")))
            {
                i += digits.Length + enhanced.Length + 2;
                continue;
            }

            kept.Append(text[i]);
            i++;
        }

        return kept.ToString();

        static bool Starts(string s, int at, string part) => at + part.Length <= s.Length && string.CompareOrdinal(s, at, part, 0, part.Length) == 0;
    }

    private static string FoldForReference(string text)
    {
        var builder = new StringBuilder(text.Length);
        char previous = ' ';
        foreach (char raw in text)
        {
            char c = PhraseMatcher.Fold(raw);
            if (c != ' ' || previous != ' ')
            {
                builder.Append(c);
            }

            previous = c;
        }

        return builder.ToString();
    }
}
