using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SmtpCodes.Diagnosis;
using Xunit;

namespace SmtpCodes.Tests.Diagnosis;

/// <summary>
/// The phrase automaton against a plain reference (fold every character, fold white space runs to one space, then an
/// ordinal <see cref="string.Contains(string)"/> per phrase), on short texts walked by one automaton and long ones walked
/// by four interleaved automata, whole and in pieces.
/// </summary>
public class PhraseMatcherTests
{
    private static readonly string[] Phrases =
    {
        "user unknown", "unknown", "mailbox full", "gcdp", "- gsmtp", "a b c d", "aaab", "ab", "m\u00FCnchen", "ok",
        "no such user here", "s843", "the recipient mailbox is not available here",
    };

    private static readonly PhraseMatcher Matcher = new(Phrases);

    [Fact]
    public void A_phrase_is_found_at_every_offset_of_a_long_text_including_across_quarters_and_at_the_very_end()
    {
        foreach (int length in new[] { 63, 64, 65, 100, 127, 128, 131, 257 })
        {
            foreach (string phrase in new[] { "user unknown", "gcdp", "NO  SUCH\tuser\r\n here", "M\u00DCNCHEN" })
            {
                for (int at = 0; at + phrase.Length <= length; at++)
                {
                    string text = new string('x', at) + phrase + new string('y', length - at - phrase.Length);

                    AssertSameAsReference(text);
                }
            }
        }
    }

    [Fact]
    public void White_space_runs_fold_to_one_space_even_where_a_quarter_starts_inside_the_run()
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
    public void Characters_outside_ascii_fold_as_one_automaton_folds_them()
    {
        // Ü folds to ü, NBSP and the line separator are white space; NUL, lone surrogates and the rest match no phrase.
        string text = new string('-', 70) + " oK \u00DCber M\u00DCnchen \uD800\0\uDC00 user\u00A0\u2028unknown \u0130 S843 " + new string('\u00E9', 70);

        bool[] found = AssertSameAsReference(text);

        Assert.True(found[Array.IndexOf(Phrases, "ok")]);
        Assert.True(found[Array.IndexOf(Phrases, "m\u00FCnchen")]);
        Assert.True(found[Array.IndexOf(Phrases, "user unknown")]);
        Assert.True(found[Array.IndexOf(Phrases, "s843")]);
        Assert.False(found[Array.IndexOf(Phrases, "gcdp")]);
    }

    [Fact]
    public void Random_texts_match_the_reference_whole_and_in_pieces()
    {
        var random = new Random(2024);
        string[] parts = { "user", " ", "  ", "\t", "\r\n", "unknown", "UnKnOwN", "a", "b", "c", "d", "aa", "g", "cdp", "-", "gsmtp", "o", "K", "\u00A0", "\uD800", "\0", "m\u00DCnchen", "x", "550 5.1.1 ", "no such user here", "S8", "43" };
        for (int i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            int count = random.Next(0, 60);
            for (int p = 0; p < count; p++)
            {
                builder.Append(parts[random.Next(parts.Length)]);
            }

            string text = builder.ToString();
            AssertSameAsReference(text);

            // In pieces, cut anywhere: the same phrases, and the same final position as the whole text.
            ulong[] pieces = new ulong[Matcher.BitSetLength];
            var position = default(PhraseMatcher.Position);
            int start = 0;
            while (start < text.Length)
            {
                int length = Math.Min(text.Length - start, random.Next(0, 90));
                Matcher.Match(text.AsSpan(start, length), pieces, ref position);
                start += length;
            }

            ulong[] whole = new ulong[Matcher.BitSetLength];
            var wholePosition = default(PhraseMatcher.Position);
            Matcher.Match(text.AsSpan(), whole, ref wholePosition);
            Assert.Equal(whole, pieces);
            Assert.Equal(wholePosition.Offset, position.Offset);
            Assert.Equal(wholePosition.AfterText, position.AfterText);
        }
    }

    [Fact]
    public void A_phrase_split_between_a_long_piece_and_the_next_is_found()
    {
        ulong[] found = new ulong[Matcher.BitSetLength];
        var position = default(PhraseMatcher.Position);

        Assert.False(Matcher.Match((new string('q', 120) + "user  unk").AsSpan(), found, ref position));
        Assert.True(Matcher.Match("nown".AsSpan(), found, ref position));

        Assert.True(PhraseMatcher.IsSet(found, Array.IndexOf(Phrases, "user unknown")));
        Assert.True(PhraseMatcher.IsSet(found, Array.IndexOf(Phrases, "unknown")));
    }

    [Fact]
    public void A_long_piece_that_ends_inside_a_phrase_begun_before_its_last_quarter_hands_on_that_phrase()
    {
        const string phrase = "the recipient mailbox is not available here";
        ulong[] found = new ulong[Matcher.BitSetLength];
        var position = default(PhraseMatcher.Position);

        // 70 characters: the last quarter starts at 51, the phrase at 40.
        Assert.False(Matcher.Match((new string('q', 40) + phrase.Substring(0, 30)).AsSpan(), found, ref position));
        Assert.True(Matcher.Match(phrase.Substring(30).AsSpan(), found, ref position));

        Assert.True(PhraseMatcher.IsSet(found, Array.IndexOf(Phrases, phrase)));
    }

    [Fact]
    public void A_phrase_ending_in_the_last_quarter_that_began_in_an_earlier_one_is_found()
    {
        // "no such user here" is 17 characters: in a 64-character text it starts in the third quarter and ends in the last.
        string text = new string('.', 40) + "no such user here" + new string('.', 7);

        bool[] found = AssertSameAsReference(text);

        Assert.Equal(64, text.Length);
        Assert.True(found[Array.IndexOf(Phrases, "no such user here")]);
    }

    private static bool[] AssertSameAsReference(string text)
    {
        ulong[] bits = new ulong[Matcher.BitSetLength];
        bool any = Matcher.Match(text.AsSpan(), bits);

        string folded = FoldForReference(text);
        bool[] expected = Phrases.Select(p => folded.Contains(FoldForReference(p), StringComparison.Ordinal)).ToArray();
        bool[] actual = Enumerable.Range(0, Phrases.Length).Select(i => PhraseMatcher.IsSet(bits, i)).ToArray();
        Assert.True(expected.SequenceEqual(actual), "phrases in \"" + text + "\": expected " + string.Join(",", expected) + ", got " + string.Join(",", actual));
        Assert.Equal(expected.Any(e => e), any);
        return actual;
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
