using System;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Finds the reply code and the enhanced status code in free text, the way mail servers and bounce emails wrap them:
/// <c>Remote host said: 550 5.1.1 …</c>, <c>550: 5.2.2</c>, <c>(#5.1.1)</c>, <c>ERROR_CODE :550</c>, flattened multi-line
/// replies, repeated codes, and a reply quoted inside another (<c>554 5.0.0 … &lt;421 4.4.2 …&gt;</c>). One left-to-right
/// pass over the text, no regular expressions, no allocation.
/// </summary>
/// <remarks>
/// A reply code is three digits (1–5, 0–5, 0–9) standing alone: not part of a longer number, a word, a dotted number
/// (an IP address) or a bracketed tag (<c>[506]</c>). An enhanced code is <c>C.S.D</c> (C 2, 4 or 5; S and D one to three
/// digits) standing alone, so <c>4.16.55.1</c> and IP addresses are not codes. The cause is the last reply in the text,
/// since servers and relays quote the reply they received after their own words; an earlier different one is kept as
/// the outer reply. A reply code after a plain word (<c>in 450 minutes</c>) counts only when nothing better is there.
/// </remarks>
internal static class ReplyFinder
{
    /// <summary>At most this many candidates are kept; later ones are ignored, so hostile text stays linear.</summary>
    private const int MaxCandidates = 32;

#if NET
    private static readonly System.Buffers.SearchValues<char> FirstDigits = System.Buffers.SearchValues.Create("12345");
#endif

    /// <summary>Finds the codes in <paramref name="text"/>.</summary>
    public static FoundCodes Find(ReadOnlySpan<char> text)
    {
        Span<Candidate> candidates = stackalloc Candidate[MaxCandidates];
        int from = ExitStatusEnd(text);
#if NET
        int count = Vector128.IsHardwareAccelerated && text.Length >= Block ? CollectVectorized(text, from, candidates) : Collect(text, from, candidates);
#else
        int count = Collect(text, from, candidates);
#endif
        return Choose(text, candidates.Slice(0, count));
    }

    /// <summary><see cref="Find"/> with the codes collected a character at a time, as on every target: what the tests hold the vectorized path to.</summary>
    internal static FoundCodes FindScalar(ReadOnlySpan<char> text)
    {
        Span<Candidate> candidates = stackalloc Candidate[MaxCandidates];
        int count = Collect(text, ExitStatusEnd(text), candidates);
        return Choose(text, candidates.Slice(0, count));
    }

#if NET
    /// <summary>The characters <see cref="CollectVectorized"/> looks at in one round: one 256-bit or two 128-bit vectors of 16-bit lanes.</summary>
    private const int Block = 2 * 8;

    /// <summary>The characters <see cref="CollectVectorized"/> looks at in one round where the text has that many and Vector256 is accelerated: two 256-bit vectors.</summary>
    private const int Wide = 2 * Block;

    /// <summary>
    /// <see cref="Collect"/> thirty-two characters at a time (two <c>Vector256</c>, whose masks are narrowed to one of
    /// bytes), else sixteen (one <c>Vector256</c>, or two <c>Vector128</c>): a code can
    /// begin only at a digit 1–5 that follows no letter, digit, dot or underscore, and most texts have a handful of those,
    /// so only they are looked at, without a jump for each other character. The lanes are 16 bits wide, so no character
    /// outside ASCII is taken for a digit.
    /// </summary>
    private static int CollectVectorized(ReadOnlySpan<char> text, int from, Span<Candidate> candidates)
    {
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        int count = 0;

        // Thirty-two characters a round with Vector256: the masks of two vectors of 16-bit lanes, narrowed to one of bytes.
        int width = Vector256.IsHardwareAccelerated && length >= Wide ? Wide : Block;

        // Where the next code may begin: past the last one found (at first, past a program's exit status).
        int next = from;
        for (int block = 0; block < length && count < candidates.Length; block += width)
        {
            // The last block ends at the text's end, overlapping the one before: its bits from block on are kept.
            int at = Math.Min(block, length - width);
            uint words;
            uint digits;
            if (width == Wide)
            {
                Vector256<ushort> low = Vector256.LoadUnsafe(ref chars, (nuint)at);
                Vector256<ushort> high = Vector256.LoadUnsafe(ref chars, (nuint)(at + Vector256<ushort>.Count));
                words = Vector256.Narrow(WordOrNumber256(low), WordOrNumber256(high)).ExtractMostSignificantBits();
                digits = Vector256.Narrow(FirstDigit256(low), FirstDigit256(high)).ExtractMostSignificantBits();
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                Vector256<ushort> all = Vector256.LoadUnsafe(ref chars, (nuint)at);
                words = WordOrNumber256(all).ExtractMostSignificantBits();
                digits = FirstDigit256(all).ExtractMostSignificantBits();
            }
            else
            {
                Vector128<ushort> low = Vector128.LoadUnsafe(ref chars, (nuint)at);
                Vector128<ushort> high = Vector128.LoadUnsafe(ref chars, (nuint)(at + Vector128<ushort>.Count));
                words = WordOrNumber(low) | (WordOrNumber(high) << Vector128<ushort>.Count);
                digits = FirstDigit(low) | (FirstDigit(high) << Vector128<ushort>.Count);
            }

            uint before = at > 0 && IsWordOrNumber(text[at - 1]) ? 1u : 0u;
            int done = Math.Max(block, next) - at;
            if (done >= width)
            {
                continue;
            }

            uint starts = digits & ~((words << 1) | before) & (uint.MaxValue << done);
            for (; starts != 0 && count < candidates.Length; starts &= starts - 1)
            {
                int i = at + BitOperations.TrailingZeroCount(starts);
                if (i < next)
                {
                    continue;
                }

                if (TryEnhanced(text, i, out int end, out EnhancedStatusCode enhanced))
                {
                    candidates[count++] = new Candidate(i, end, 0, enhanced, strong: true);
                    next = end;
                }
                else if (TryReply(text, i, out int code, out bool strong))
                {
                    candidates[count++] = new Candidate(i, i + 3, code, default, strong);
                    next = i + 3;
                }
            }
        }

        return count;

        static uint WordOrNumber(Vector128<ushort> c) =>
            (Vector128.LessThan((c | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
            | Vector128.LessThan(c - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))
            | Vector128.Equals(c, Vector128.Create((ushort)'.'))
            | Vector128.Equals(c, Vector128.Create((ushort)'_'))).ExtractMostSignificantBits();

        static uint FirstDigit(Vector128<ushort> c) =>
            Vector128.LessThan(c - Vector128.Create((ushort)'1'), Vector128.Create((ushort)5)).ExtractMostSignificantBits();

        static Vector256<ushort> WordOrNumber256(Vector256<ushort> c) =>
            Vector256.LessThan((c | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
            | Vector256.LessThan(c - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
            | Vector256.Equals(c, Vector256.Create((ushort)'.'))
            | Vector256.Equals(c, Vector256.Create((ushort)'_'));

        static Vector256<ushort> FirstDigit256(Vector256<ushort> c) =>
            Vector256.LessThan(c - Vector256.Create((ushort)'1'), Vector256.Create((ushort)5));
    }
#endif

    private static int Collect(ReadOnlySpan<char> text, int from, Span<Candidate> candidates)
    {
        int count = 0;
        for (int i = from; i < text.Length && count < candidates.Length; i++)
        {
#if NET
            // Codes start with 1 to 5 and most characters are not digits: jump to the next one, a vector at a time.
            int next = text.Slice(i).IndexOfAny(FirstDigits);
            if (next < 0)
            {
                break;
            }

            i += next;
#endif
            char c = text[i];
            if (c < '1' || c > '5' || (i > 0 && IsWordOrNumber(text[i - 1])))
            {
                continue;
            }

            if (TryEnhanced(text, i, out int end, out EnhancedStatusCode enhanced))
            {
                candidates[count++] = new Candidate(i, end, 0, enhanced, strong: true);
                i = end - 1;
                continue;
            }

            if (TryReply(text, i, out int code, out bool strong))
            {
                candidates[count++] = new Candidate(i, i + 3, code, default, strong);
                i += 2;
            }
        }

        return count;
    }

    private static FoundCodes Choose(ReadOnlySpan<char> text, ReadOnlySpan<Candidate> candidates)
    {
        // The cause: the last strong failure reply (4yz, 5yz); else the last strong reply; else the last weak one.
        int cause = LastReply(candidates, failuresOnly: true, strongOnly: true);
        if (cause < 0)
        {
            cause = LastReply(candidates, failuresOnly: false, strongOnly: true);
        }

        if (cause < 0)
        {
            cause = LastReply(candidates, failuresOnly: true, strongOnly: false);
        }

        // A flattened multi-line reply repeats its code: the cause starts at the first line of that run.
        while (cause > 0 && candidates[cause - 1].Code == 0 && cause > 1 && candidates[cause - 2].Code == candidates[cause].Code)
        {
            cause -= 2;
        }

        while (cause > 0 && candidates[cause - 1].Code == candidates[cause].Code)
        {
            cause--;
        }

        var found = default(FoundCodes);
        int textStart;
        if (cause >= 0)
        {
            Candidate reply = candidates[cause];
            found.Code = reply.Code;
            textStart = reply.End;
            int enhanced = EnhancedAfter(text, candidates, cause);
            if (enhanced < 0)
            {
                enhanced = EnhancedOfSameCode(text, candidates, reply.Code);
            }

            if (enhanced < 0)
            {
                enhanced = NearestEnhancedOfClass(candidates, cause, reply.Code / 100);
            }

            if (enhanced >= 0)
            {
                found.Enhanced = candidates[enhanced].Enhanced;
                if (candidates[enhanced].Start >= reply.End && candidates[enhanced].Start - reply.End <= 3)
                {
                    textStart = candidates[enhanced].End;
                }
            }

            found.TextEnd = CloserAfter(text, reply.Start, textStart);
        }
        else
        {
            int enhanced = LastEnhanced(candidates);
            textStart = enhanced >= 0 ? candidates[enhanced].End : SkipDiagnosticType(text);
            found.Enhanced = enhanced >= 0 ? candidates[enhanced].Enhanced : null;
            found.TextEnd = enhanced >= 0 ? CloserAfter(text, candidates[enhanced].Start, textStart) : text.Length;
        }

        // The outer reply: the first code in the text that differs from the cause. A success never wraps a failure: the
        // 250 of an earlier command in a transcript is not the outer reply of the 451 that followed.
        bool failure = found.Code >= 400 || (found.Code == 0 && found.Enhanced is { } causeStatus && causeStatus.Class != EnhancedStatusClass.Success);
        for (int i = 0; i < candidates.Length; i++)
        {
            Candidate c = candidates[i];
            if (!c.Strong || (failure && (c.Code is > 0 and < 400 || (c.Code == 0 && c.Enhanced is { Class: EnhancedStatusClass.Success }))))
            {
                continue;
            }

            if (c.Code != 0 && found.OuterCode == 0 && c.Code != found.Code)
            {
                found.OuterCode = c.Code;
            }
            else if (c.Code == 0 && found.OuterEnhanced is null && found.Enhanced != c.Enhanced)
            {
                found.OuterEnhanced = c.Enhanced;
            }
        }

        found.TextStart = SkipSeparators(text, textStart, found.TextEnd);
        found.TextEnd = TrimEnd(text, found.TextStart, found.TextEnd);
        return found;
    }

    private static int LastReply(ReadOnlySpan<Candidate> candidates, bool failuresOnly, bool strongOnly)
    {
        for (int i = candidates.Length - 1; i >= 0; i--)
        {
            Candidate c = candidates[i];
            if (c.Code != 0 && (!strongOnly || c.Strong) && (!failuresOnly || c.Code >= 400))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastEnhanced(ReadOnlySpan<Candidate> candidates)
    {
        int fallback = -1;
        for (int i = candidates.Length - 1; i >= 0; i--)
        {
            if (candidates[i].Code == 0)
            {
                if (candidates[i].ClassDigit != 2)
                {
                    return i;
                }

                fallback = fallback < 0 ? i : fallback;
            }
        }

        return fallback;
    }

    /// <summary>An enhanced code right after the reply (<c>550 5.1.1</c>, <c>550-5.1.1</c>, <c>550: 5.2.2</c>, <c>550-'5.7.1</c>).</summary>
    private static int EnhancedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Candidate> candidates, int reply)
    {
        if (reply + 1 < candidates.Length && candidates[reply + 1].Code == 0)
        {
            int gap = candidates[reply + 1].Start - candidates[reply].End;
            if (gap >= 1 && gap <= 3 && IsSeparatorRun(text.Slice(candidates[reply].End, gap)))
            {
                return reply + 1;
            }
        }

        return -1;
    }

    /// <summary>The enhanced code paired with an earlier occurrence of the same reply (<c>550 5.7.1 550 User unknown</c>).</summary>
    private static int EnhancedOfSameCode(ReadOnlySpan<char> text, ReadOnlySpan<Candidate> candidates, int code)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            if (candidates[i].Code == code)
            {
                int enhanced = EnhancedAfter(text, candidates, i);
                if (enhanced >= 0)
                {
                    return enhanced;
                }
            }
        }

        return -1;
    }

    /// <summary>A lone enhanced code of the reply's class, nearest after it, else nearest before it (<c>550 … (#5.1.1)</c>).</summary>
    private static int NearestEnhancedOfClass(ReadOnlySpan<Candidate> candidates, int reply, int classDigit)
    {
        for (int i = reply + 1; i < candidates.Length; i++)
        {
            if (candidates[i].Code == 0 && candidates[i].ClassDigit == classDigit)
            {
                return i;
            }
        }

        for (int i = reply - 1; i >= 0; i--)
        {
            if (candidates[i].Code == 0 && candidates[i].ClassDigit == classDigit)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryEnhanced(ReadOnlySpan<char> text, int start, out int end, out EnhancedStatusCode code)
    {
        code = default;
        end = start;
        char c = text[start];
        if (c != '2' && c != '4' && c != '5')
        {
            return false;
        }

        int i = start + 1;
        if (!Dot(text, i) || !Number(text, i + 1, out int subject, out i) || !Dot(text, i) || !Number(text, i + 1, out int detail, out i))
        {
            return false;
        }

        // Not part of a longer dotted number (4.16.55.1, an address) or a word.
        if (i < text.Length && (IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && IsDigit(text[i + 1]))))
        {
            return false;
        }

        end = i;
        code = new EnhancedStatusCode(c - '0', subject, detail);
        return true;
    }

    private static bool TryReply(ReadOnlySpan<char> text, int start, out int code, out bool strong)
    {
        code = 0;
        strong = false;
        if (start + 3 > text.Length || !IsDigit(text[start + 1]) || !IsDigit(text[start + 2]) || text[start + 1] > '5')
        {
            return false;
        }

        int after = start + 3;
        if (start > 0 && (text[start - 1] is '-' or '/' or '.' or '+' or '$' or '%' or '@' or '&'))
        {
            return false;
        }

        // "#123" is a ticket or a list number, but Exchange writes its reply as "#550 5.1.1 RESOLVER.ADR…": a reply code
        // after '#' counts when an enhanced code follows it.
        if (start > 0 && text[start - 1] == '#'
            && !(after + 1 < text.Length && text[after] == ' ' && TryEnhanced(text, after + 1, out _, out _)))
        {
            return false;
        }

        if (after < text.Length && text[after] is not (' ' or '-' or ':' or ',' or ';' or '\t' or '\r' or '\n' or '>' or ')' or '\'' or '"'))
        {
            return false;
        }

        code = ((text[start] - '0') * 100) + ((text[start + 1] - '0') * 10) + (text[start + 2] - '0');

        // After a plain word ("in 450 minutes", "ResponseCode 421") a number is only a fallback.
        int p = start - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }

        strong = !(p >= 0 && p < start - 1 && IsAsciiLetterOrDigit(text[p]));
        return true;
    }

    /// <summary>Where the text of a reply quoted in brackets or quotes ends: at the closer matching the opener before it.</summary>
    private static int CloserAfter(ReadOnlySpan<char> text, int replyStart, int from)
    {
        if (replyStart == 0)
        {
            return text.Length;
        }

        char closer = text[replyStart - 1] switch
        {
            '<' => '>',
            '(' => ')',
            '[' => ']',
            '\'' => '\'',
            '"' => '"',
            _ => '\0',
        };
        if (closer == '\0')
        {
            return text.Length;
        }

        int end = text.Slice(from).IndexOf(closer);
        return end < 0 ? text.Length : from + end;
    }

    /// <summary>
    /// Where to start looking for codes: after the number that follows a leading <c>X-Unix;</c> diagnostic type, which is
    /// the exit status of the program that was to deliver the message (<c>X-Unix; 255</c>), not a reply; else 0.
    /// </summary>
    private static int ExitStatusEnd(ReadOnlySpan<char> text)
    {
        int i = DiagnosticTypeEnd(text, out int typeStart);
        if (i == 0 || !text.Slice(typeStart, i - 1 - typeStart).Equals("x-unix".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips a leading diagnostic type (<c>smtp;</c>, <c>X-Postfix;</c>) when no code was found.</summary>
    private static int SkipDiagnosticType(ReadOnlySpan<char> text) => DiagnosticTypeEnd(text, out _);

    /// <summary>
    /// Where a leading diagnostic type (<c>smtp;</c>, <c>X-Postfix;</c>, after any white space) ends, past its
    /// semicolon; 0 when the text does not start with one. <paramref name="typeStart"/> is where its name starts.
    /// </summary>
    private static int DiagnosticTypeEnd(ReadOnlySpan<char> text, out int typeStart)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        typeStart = i;
        while (i < text.Length && (IsAsciiLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '_'))
        {
            i++;
        }

        return i > typeStart && i < text.Length && text[i] == ';' ? i + 1 : 0;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or ':' or '\'' or '"'))
        {
            start++;
        }

        return start;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsSeparatorRun(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (c is not (' ' or '-' or ':' or '\'' or '"' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Dot(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] == '.';

    private static bool Number(ReadOnlySpan<char> text, int start, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && end - start < 4 && IsDigit(text[end]))
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return end > start && end - start <= 3;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>A character that makes a following digit part of something else: a word, a number, a dotted number.</summary>
    private static bool IsWordOrNumber(char c) => IsAsciiLetterOrDigit(c) || c == '.' || c == '_';

    /// <summary>A code found in the text; 20 bytes, so the candidates of one text fit in under a kilobyte of stack.</summary>
    private readonly struct Candidate
    {
        private readonly short _code;
        private readonly bool _strong;

        // Kept whole, as found (and so already checked), so that reading it back costs no division and no check.
        private readonly EnhancedStatusCode _enhanced;

        public Candidate(int start, int end, int code, EnhancedStatusCode enhanced, bool strong)
        {
            Start = start;
            End = end;
            _code = (short)code;
            _enhanced = code == 0 ? enhanced : default;
            _strong = strong;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>The reply code, or 0 for an enhanced code.</summary>
        public int Code => _code;

        public EnhancedStatusCode Enhanced => _enhanced;

        public bool Strong => _strong;

        /// <summary>An enhanced code's class digit (2, 4 or 5), or 0 for a reply code.</summary>
        public int ClassDigit => (int)_enhanced.Class;
    }
}

/// <summary>What <see cref="ReplyFinder"/> found: the cause and outer codes, and where the server's text is.</summary>
internal struct FoundCodes
{
    public int Code;
    public EnhancedStatusCode? Enhanced;
    public int OuterCode;
    public EnhancedStatusCode? OuterEnhanced;
    public int TextStart;
    public int TextEnd;
}
