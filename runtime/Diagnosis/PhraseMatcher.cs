using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Finds every one of a fixed set of phrases in a text in one pass, ignoring case and treating any run of white space as
/// one space. A phrase that begins with a letter or digit is found only where it begins a word, that is where the
/// text's character before it is not a letter or digit (or at the start of the text): <c>ube</c> is not in <c>tube</c>,
/// while <c>spf</c> is in <c>dkim=pass;spf=fail</c> and <c>outlook.com</c> in <c>mx.protection.outlook.com</c>. A phrase
/// that begins with anything else (<c>- gsmtp</c>) may begin anywhere. Allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// The phrases are a trie over character classes, walked from each place a phrase may begin until the trie has no
/// child for the next character. No walk starts inside a word, and most end after a character or two, so far fewer
/// characters are read than a text has. A walk reads at most as many characters as the longest phrase has (white space
/// runs and skipped codes aside), so at most that many walks read any one character: the cost is at worst the text's
/// length times the longest phrase's, and in practice a small multiple of the text's length.
/// </para>
/// <para>
/// The trie is numbered depth first, so a node's first child is the next node: a node with one child (most of them)
/// needs only that child's class, and only nodes with several children have a row of the table. With a few hundred
/// phrases all of it is some tens of kilobytes and stays in the processor's caches. Along a chain of such nodes a walk
/// compares up to four characters at once, as the lanes of a <see cref="ulong"/>.
/// </para>
/// <para>
/// On .NET 8 and later, where words begin is found 32 characters at a time with <c>Vector256</c> (16 with
/// <c>Vector128</c> where that is all the processor has, or the text is shorter), so the characters inside words cost no
/// jump each, and a walk's first two characters are one read of a table by both: a walk is a chain of dependent reads and
/// mispredicted jumps, and most end after a character or two. A block with a character outside ASCII, a text shorter than
/// 16 characters and netstandard2.0 go a character at a time
/// (<see cref="MatchScalar(ReadOnlySpan{char}, Span{ulong}, in ContinuationCodes, ReadOnlySpan{int})"/>), which the tests hold the vectorized
/// path to.
/// </para>
/// <para>
/// Case is folded per character with <see cref="char.ToLowerInvariant(char)"/> (ASCII by a table), the same in every
/// culture: a Turkish dotted İ in a reply folds to i̇, not to the ASCII i of a phrase, which is what an ordinal,
/// culture-independent comparison promises. Whether a character is a letter or digit is
/// <see cref="char.IsLetterOrDigit(char)"/> of the character as written. A character that no phrase uses is class 0,
/// which no node has a child for.
/// </para>
/// </remarks>
internal sealed class PhraseMatcher
{
    private const int SpaceClass = 1;

    // Bits of _asciiStart and StartOfOther: a letter or digit, a digit 1-5 (where repeated codes may start), and from
    // StartShift up the root's child for the character (0: no phrase begins with it).
    private const int LetterOrDigit = 1;
    private const int CodeDigit = 2;
    private const int StartShift = 2;

    // The class of each ASCII character as it is folded: upper case as lower case, white space as space.
    private readonly int[] _asciiClass = new int[128];

    // What the main loop needs of each ASCII character, in one read: see LetterOrDigit, CodeDigit and StartShift.
    private readonly int[] _asciiStart = new int[128];

    // Non-ASCII folded characters the phrases use, sorted, and their classes.
    private readonly char[] _otherChars;
    private readonly int[] _otherClasses;

    private readonly int _classCount;

    // The ASCII characters other than letters and digits that a phrase begins with: they begin one anywhere.
    private readonly char[] _asciiStarters;

    // For two ASCII characters (the first times 128 plus the second), the node they lead to from the root, times two, plus
    // one when the second is white space; 0 for none. Right only when no phrase ends after one character (_firstEnds).
    private readonly int[] _asciiPairs = new int[128 * 128];
    private readonly bool _firstEnds;

    // The nodes (see Node), each in one place, since a walk needs all of a node at once; and the rows of the nodes with
    // several children: a row has the child for each class, 0 for none. Node 0, the root, is no node's child, so a 0 in
    // a row means "no child"; the first row is all zeros, for the nodes without children.
    private readonly Node[] _nodes;
    private readonly int[] _rows;

    /// <summary>
    /// Ends a phrase that must also end where a word ends, as in a regular expression: <c>spam\b</c> is in <c>- SPAM.</c>
    /// and not in <c>mx.spamexperts.com</c>.
    /// </summary>
    public const string WholeWordMark = "\\b";

    // For each phrase, whether it must end where a word ends (it was written with WholeWordMark).
    private readonly bool[] _wholeWord;

    /// <summary>
    /// Builds the trie; phrase <c>i</c> is reported as bit <c>i</c>. Empty phrases never match. A phrase that ends with
    /// <see cref="WholeWordMark"/> counts only where the text's character after it is not a letter or digit.
    /// </summary>
    public PhraseMatcher(IReadOnlyList<string> phrases)
    {
        PhraseCount = phrases.Count;

        // Character classes: space is class 1; every other folded character a phrase uses gets its own. White space at
        // the start of a phrase is dropped and a run of it inside one is one space, as in the text.
        var classes = new Dictionary<char, int> { [' '] = SpaceClass };
        var folded = new List<int[]>(phrases.Count);
        _wholeWord = new bool[phrases.Count];
        for (int p = 0; p < phrases.Count; p++)
        {
            string phrase = phrases[p];
            if (phrase.Length > WholeWordMark.Length && phrase.EndsWith(WholeWordMark, StringComparison.Ordinal))
            {
                _wholeWord[p] = true;
                phrase = phrase.Substring(0, phrase.Length - WholeWordMark.Length);
            }

            var chars = new List<int>(phrase.Length);
            char previous = ' ';
            foreach (char raw in phrase)
            {
                char c = Fold(raw);
                if (c == ' ' && previous == ' ')
                {
                    continue;
                }

                previous = c;
                if (!classes.TryGetValue(c, out int cls))
                {
                    cls = classes.Count + 1;
                    classes.Add(c, cls);
                }

                chars.Add(cls);
            }

            folded.Add(chars.ToArray());
        }

        _classCount = classes.Count + 1;
        var others = new SortedDictionary<char, int>();
        foreach (KeyValuePair<char, int> pair in classes)
        {
            if (pair.Key >= 128)
            {
                others.Add(pair.Key, pair.Value);
            }
        }

        _otherChars = new char[others.Count];
        _otherClasses = new int[others.Count];
        int o = 0;
        foreach (KeyValuePair<char, int> pair in others)
        {
            _otherChars[o] = pair.Key;
            _otherClasses[o] = pair.Value;
            o++;
        }

        // The trie, by class, then numbered depth first.
        var children = new List<SortedDictionary<int, int>> { new() };
        var ends = new List<int> { -1 };
        for (int p = 0; p < folded.Count; p++)
        {
            if (folded[p].Length == 0)
            {
                continue;
            }

            int node = 0;
            foreach (int cls in folded[p])
            {
                if (!children[node].TryGetValue(cls, out int child))
                {
                    child = children.Count;
                    children.Add(new SortedDictionary<int, int>());
                    ends.Add(-1);
                    children[node].Add(cls, child);
                }

                node = child;
            }

            if (ends[node] < 0)
            {
                ends[node] = p;
            }
        }

        int count = children.Count;
        var number = new int[count];
        var order = new List<int>(count);
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            number[node] = order.Count;
            order.Add(node);

            // Pushed last to first, so the first child is popped next and numbered node + 1.
            int[] kids = new int[children[node].Count];
            children[node].Values.CopyTo(kids, 0);
            for (int k = kids.Length - 1; k >= 0; k--)
            {
                stack.Push(kids[k]);
            }
        }

        int rowCount = 1;
        foreach (SortedDictionary<int, int> kids in children)
        {
            rowCount += kids.Count > 1 ? 1 : 0;
        }

        var links = new int[count];
        var phraseAt = new int[count];
        _rows = new int[rowCount * _classCount];
        int row = _classCount;
        for (int n = 0; n < count; n++)
        {
            int node = order[n];
            phraseAt[n] = ends[node];
            SortedDictionary<int, int> kids = children[node];
            if (kids.Count == 1)
            {
                foreach (int cls in kids.Keys)
                {
                    links[n] = ~cls;
                }
            }
            else if (kids.Count > 1)
            {
                links[n] = row;
                foreach (KeyValuePair<int, int> kid in kids)
                {
                    _rows[row + kid.Key] = number[kid.Value];
                }

                row += _classCount;
            }
        }

        _nodes = BuildNodes(classes, links, phraseAt);
        for (char c = '\0'; c < 128; c++)
        {
            int cls = classes.TryGetValue(Fold(c), out int found) ? found : 0;
            _asciiClass[c] = cls;
            _asciiStart[c] = (Child(0, cls) << StartShift) | (IsAsciiLetterOrDigit(c) ? LetterOrDigit : 0) | (c >= '1' && c <= '5' ? CodeDigit : 0);
        }

        var starters = new List<char>();
        for (char c = '\0'; c < 128; c++)
        {
            if (!IsAsciiLetterOrDigit(c) && _asciiStart[c] >> StartShift != 0)
            {
                starters.Add(c);
            }
        }

        _asciiStarters = starters.ToArray();
        for (int c = 0; c < 128 * 128; c++)
        {
            int second = _asciiClass[c & 127];
            int node = Child(Child(0, _asciiClass[c >> 7]), second);
            _asciiPairs[c] = node == 0 || Child(0, _asciiClass[c >> 7]) == 0 ? 0 : (node << 1) | (second == SpaceClass ? 1 : 0);
        }

        foreach (int[] phrase in folded)
        {
            _firstEnds |= phrase.Length == 1;
        }
    }

    /// <summary>The number of phrases, and so of bits <c>Match</c> may set.</summary>
    public int PhraseCount { get; }

    /// <summary>The number of <see cref="ulong"/>s a bit set for <c>Match</c> needs.</summary>
    public int BitSetLength => (PhraseCount + 63) / 64;

    /// <summary>Sets bit <c>i</c> of <paramref name="found"/> for every phrase <c>i</c> that occurs in <paramref name="text"/>.</summary>
    /// <returns>Whether any phrase occurs.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found) => Match(text, found, default, default);

    /// <summary>
    /// Sets bit <c>i</c> of <paramref name="found"/> for every phrase <c>i</c> that occurs in <paramref name="text"/> read
    /// without the <paramref name="skipped"/> codes, as if they were not there: nothing is copied.
    /// </summary>
    /// <returns>Whether any phrase occurs.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found, in ContinuationCodes skipped) => Match(text, found, in skipped, default);

    /// <summary>
    /// <see cref="Match(ReadOnlySpan{char}, Span{ulong}, in ContinuationCodes)"/> with parts of the text left out: the
    /// pieces between the <paramref name="gaps"/> are read as texts of their own, so no phrase begins in a gap or runs
    /// into one, and a phrase that must end a word may end where a gap begins. In one pass over the text, where cutting
    /// it into pieces would start the pass again for each.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="found">The phrases found, a bit each.</param>
    /// <param name="skipped">The codes to read past.</param>
    /// <param name="gaps">
    /// Pairs of start and end (exclusive), in order, none overlapping; an empty gap only cuts the text there. A gap ends at
    /// the text's end or before a character that is not a letter or digit (the <c>@</c> after an address's local part),
    /// so where the piece after it begins does not depend on what the gap held.
    /// </param>
    /// <returns>Whether any phrase occurs.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found, in ContinuationCodes skipped, ReadOnlySpan<int> gaps)
    {
#if NET
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<byte>.Count)
        {
            return MatchVectorized(text, found, in skipped, gaps);
        }
#endif
        return MatchScalar(text, found, in skipped, gaps);
    }

    /// <summary>
    /// <see cref="Match(ReadOnlySpan{char}, Span{ulong}, in ContinuationCodes, ReadOnlySpan{int})"/> a character at a
    /// time, on every target: what the vectorized path must agree with, and what it falls back to for text outside ASCII.
    /// </summary>
    internal bool MatchScalar(ReadOnlySpan<char> text, Span<ulong> found, in ContinuationCodes skipped, ReadOnlySpan<int> gaps = default)
    {
        bool any = false;
        int gap = 0;
        MatchPieces(text, 0, text.Length, gaps, ref gap, found, in skipped, ref any);
        return any;
    }

    /// <summary>
    /// <see cref="MatchScalar(ReadOnlySpan{char}, int, int, Span{ulong}, in ContinuationCodes, ref bool)"/> over
    /// <c>[from, to)</c> around the gaps, <paramref name="gap"/> (an index of <paramref name="gaps"/>) the first that may
    /// end after <paramref name="from"/>.
    /// </summary>
    /// <returns>Where the next character to look at is: <paramref name="to"/>, or further when skipped codes or a gap cross it.</returns>
    private int MatchPieces(ReadOnlySpan<char> text, int from, int to, ReadOnlySpan<int> gaps, ref int gap, Span<ulong> found, in ContinuationCodes skipped, ref bool any)
    {
        int i = from;
        while (i < to)
        {
            while (gap < gaps.Length && gaps[gap + 1] <= i && gaps[gap] < gaps[gap + 1])
            {
                gap += 2;
            }

            if (gap < gaps.Length && gaps[gap] <= i)
            {
                // In a gap, or at an empty one, which only ends the piece before it.
                i = Math.Max(i, gaps[gap + 1]);
                gap += 2;
                continue;
            }

            int limit = gap < gaps.Length ? gaps[gap] : text.Length;
            i = MatchScalar(text.Slice(0, limit), i, Math.Min(to, limit), found, in skipped, ref any);
        }

        return i;
    }

    /// <summary>
    /// Starts a walk at every place in <c>[from, to)</c> where a phrase may begin; walks read on past <paramref name="to"/>.
    /// </summary>
    /// <returns>Where the next character to look at is: <paramref name="to"/>, or further when skipped codes cross it.</returns>
    private int MatchScalar(ReadOnlySpan<char> text, int from, int to, Span<ulong> found, in ContinuationCodes skipped, ref bool any)
    {
        bool skips = !skipped.IsEmpty;
        ref int asciiStart = ref Start(_asciiStart);
        ref char chars = ref MemoryMarshal.GetReference(text);

        // Whether the character before is a letter or digit depends on that character alone: after skipped codes it is
        // the space that ends them.
        int previous = from > 0 ? StartOf(Unsafe.Add(ref chars, from - 1), ref asciiStart) & LetterOrDigit : 0;
        int i = from;
        for (; i < to; i++)
        {
            char c = Unsafe.Add(ref chars, i);
            int start = StartOf(c, ref asciiStart);

            // Inside a word nothing begins, and a character that begins no phrase and is no code's first digit does
            // nothing: one branch for both, since (start & previous) - 1 is 0 only inside a word.
            int act = (start >> 1) & ((start & previous) - 1);
            previous = start & LetterOrDigit;
            if (act == 0)
            {
                continue;
            }

            int end = BeginAt(text, i, start, found, in skipped, skips, ref any);
            if (end >= 0)
            {
                i = end - 1;
                previous = 0;
            }
        }

        return i;
    }

#if NET
    /// <summary>
    /// Finds where words begin a block of 32 or 16 characters at a time: a letter or digit after something else, or a
    /// character other than a letter or digit that a phrase begins with. A block with a character outside ASCII goes
    /// character by character.
    /// </summary>
    private bool MatchVectorized(ReadOnlySpan<char> text, Span<ulong> found, in ContinuationCodes skipped, ReadOnlySpan<int> gaps)
    {
        bool any = false;
        bool skips = !skipped.IsEmpty;
        ref int asciiStart = ref Start(_asciiStart);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        char[] starters = _asciiStarters;
        ref int pairs = ref Start(_asciiPairs);

        // Nothing before this position begins a phrase: it is past codes that were skipped, or a gap.
        int resume = 0;

        // The next gap (an index of gaps), and the piece a walk from before it reads: the text up to the gap.
        int gap = 0;
        NextGap(text, gaps, gap, out int gapStart, out ReadOnlySpan<char> piece);
        int width = Vector256.IsHardwareAccelerated && length >= Vector256<byte>.Count ? Vector256<byte>.Count : Vector128<byte>.Count;
        for (int block = 0; block < length; block += width)
        {
            // The last block ends at the text's end, overlapping the one before; the overlap was done already.
            int at = Math.Min(block, length - width);
            uint words;
            uint begins;
            if (width == Vector256<byte>.Count)
            {
                Vector256<ushort> low = Vector256.LoadUnsafe(ref chars, (nuint)at);
                Vector256<ushort> high = Vector256.LoadUnsafe(ref chars, (nuint)(at + Vector256<ushort>.Count));
                if (((low | high) & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
                {
                    resume = MatchPieces(text, Math.Max(block, resume), Math.Min(block + width, length), gaps, ref gap, found, in skipped, ref any);
                    NextGap(text, gaps, gap, out gapStart, out piece);
                    continue;
                }

                Vector256<byte> bytes = Vector256.Narrow(low, high);
                Vector256<byte> letters = Vector256.LessThan((bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26));
                Vector256<byte> digits = Vector256.LessThan(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
                words = (letters | digits).ExtractMostSignificantBits();
                begins = 0;
                for (int s = 0; s < starters.Length; s++)
                {
                    begins |= Vector256.Equals(bytes, Vector256.Create((byte)starters[s])).ExtractMostSignificantBits();
                }
            }
            else
            {
                Vector128<ushort> low = Vector128.LoadUnsafe(ref chars, (nuint)at);
                Vector128<ushort> high = Vector128.LoadUnsafe(ref chars, (nuint)(at + Vector128<ushort>.Count));
                if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    resume = MatchPieces(text, Math.Max(block, resume), Math.Min(block + width, length), gaps, ref gap, found, in skipped, ref any);
                    NextGap(text, gaps, gap, out gapStart, out piece);
                    continue;
                }

                Vector128<byte> bytes = Vector128.Narrow(low, high);

                // Or-ing 0x20 makes upper case lower case and moves no other character into a to z.
                Vector128<byte> letters = Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
                Vector128<byte> digits = Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
                words = (letters | digits).ExtractMostSignificantBits();
                begins = 0;
                for (int s = 0; s < starters.Length; s++)
                {
                    begins |= Vector128.Equals(bytes, Vector128.Create((byte)starters[s])).ExtractMostSignificantBits();
                }
            }

            uint before = at > 0 ? (uint)(StartOf((char)Unsafe.Add(ref chars, at - 1), ref asciiStart) & LetterOrDigit) : 0u;
            begins |= words & ~((words << 1) | before);
            int done = Math.Max(block, resume) - at;
            if (done >= width)
            {
                continue;
            }

            begins &= uint.MaxValue << done;
            while (begins != 0)
            {
                int i = at + BitOperations.TrailingZeroCount(begins);
                begins &= begins - 1;
                if (i >= gapStart)
                {
                    // At or past the next gap: past it, nothing begins before its end; in it, nothing begins either.
                    while (gap < gaps.Length && gaps[gap] <= i)
                    {
                        resume = Math.Max(resume, gaps[gap + 1]);
                        gap += 2;
                    }

                    NextGap(text, gaps, gap, out gapStart, out piece);
                }

                if (i < resume)
                {
                    continue;
                }

                char c = (char)Unsafe.Add(ref chars, i);
                int start = Unsafe.Add(ref asciiStart, c);
                int end;
                if (skips && (start & CodeDigit) != 0 && (end = skipped.EndAt(piece, i)) >= 0)
                {
                    // The character before the codes was white space, so what follows them begins a word.
                    resume = end;
                    continue;
                }

                // The first two characters in one read, where most walks end: without a jump between them.
                char next;
                if (i + 1 < piece.Length && (next = (char)Unsafe.Add(ref chars, i + 1)) < 128 && !_firstEnds)
                {
                    int pair = Unsafe.Add(ref pairs, (c << 7) | next);
                    if (pair != 0)
                    {
                        any |= Walk(piece, i + 2, pair >> 1, (pair & 1) != 0, found, in skipped, skips);
                    }
                }
                else if ((start & ~LetterOrDigit) != 0)
                {
                    BeginAt(piece, i, start, found, in skipped, skips, ref any);
                }
            }
        }

        return any;
    }

    /// <summary>The start of gap <paramref name="gap"/> (an index of <paramref name="gaps"/>), and the text before it.</summary>
    private static void NextGap(ReadOnlySpan<char> text, ReadOnlySpan<int> gaps, int gap, out int gapStart, out ReadOnlySpan<char> piece)
    {
        gapStart = gap < gaps.Length ? gaps[gap] : int.MaxValue;
        piece = gap < gaps.Length ? text.Slice(0, gapStart) : text;
    }
#endif

    /// <summary>
    /// Reads past the codes that start at <paramref name="i"/>, returning where they end, or else walks the trie from
    /// <paramref name="i"/> and returns -1. <paramref name="start"/> is the character's entry of <c>_asciiStart</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BeginAt(ReadOnlySpan<char> text, int i, int start, Span<ulong> found, in ContinuationCodes skipped, bool skips, ref bool any)
    {
        if (skips && (start & CodeDigit) != 0)
        {
            int end = skipped.EndAt(text, i);
            if (end >= 0)
            {
                // The character before the codes was white space, so what follows them begins a word.
                return end;
            }
        }

        int node = start >> StartShift;
        if (node == 0)
        {
            return -1;
        }

        if (_nodes[node].Phrase >= 0)
        {
            any |= Report(_nodes[node].Phrase, text, i + 1, found);
        }

        // The second character here, where most walks end: a phrase's first character is never white space, so
        // neither a run of it nor skipped codes can begin here.
        if (i + 1 < text.Length)
        {
            char next = text[i + 1];
            int cls = next < 128 ? _asciiClass[next] : ClassOfOther(next);
            node = Child(node, cls);
            if (node != 0)
            {
                any |= Walk(text, i + 2, node, cls == SpaceClass, found, in skipped, skips);
            }
        }

        return -1;
    }

    /// <summary>
    /// Follows the trie from <paramref name="node"/>, reached by the characters before <paramref name="i"/> (the last of
    /// them white space when <paramref name="afterSpace"/>), reporting every phrase it passes.
    /// </summary>
    private bool Walk(ReadOnlySpan<char> text, int i, int node, bool afterSpace, Span<ulong> found, in ContinuationCodes skipped, bool skips)
    {
        bool any = false;
        ref int asciiClass = ref Start(_asciiClass);
        ref char chars = ref MemoryMarshal.GetReference(text);
        Node[] nodes = _nodes;
        while (true)
        {
            ref Node at = ref nodes[node];
            if (at.Phrase >= 0)
            {
                any |= Report(at.Phrase, text, i, found);
            }

            // Most of a walk follows nodes with one child each: up to four characters are compared at once, spaces
            // included. A chain holds no code digit after a space, where skipped codes may begin.
            int chained = at.ChainLength;
            if (chained > 0 && i + Node.ChainWidth <= text.Length)
            {
                ulong four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, i)));
                int same = at.Matched(four);
                if (same >= chained)
                {
                    node += chained;
                    i += chained;
                    afterSpace = (char)(four >> (16 * (chained - 1))) == ' ';
                    continue;
                }

                // No phrase ends inside a chain. Where the text differs from it the walk ends, unless the character there
                // is one a chain can't stand for: white space (a run of it, or a tab, is one space), a character outside
                // ASCII (which may fold to the chain's), or a digit where skipped codes may begin. From there the walk
                // goes a character at a time.
                char differs = (char)(four >> (16 * same));
                if (differs < 128 && Unsafe.Add(ref asciiClass, differs) != SpaceClass && !(skips && differs >= '1' && differs <= '5'))
                {
                    return any;
                }

                if (same > 0)
                {
                    afterSpace = (char)(four >> (16 * (same - 1))) == ' ';
                    node += same;
                    i += same;
                    at = ref nodes[node];
                }
            }

            int cls;
            do
            {
                if (i >= text.Length)
                {
                    return any;
                }

                char c = text[i];
                cls = c < 128 ? Unsafe.Add(ref asciiClass, c) : ClassOfOther(c);
                if (cls == SpaceClass)
                {
                    i++;
                    if (afterSpace)
                    {
                        cls = -1;
                        continue;
                    }

                    afterSpace = true;
                }
                else
                {
                    int end;
                    if (skips && c >= '1' && c <= '5' && (end = skipped.EndAt(text, i)) >= 0)
                    {
                        i = end;
                        cls = -1;
                        continue;
                    }

                    i++;
                    afterSpace = false;
                }
            }
            while (cls < 0);

            node = at.Link < 0 ? (~at.Link == cls ? node + 1 : 0) : _rows[at.Link + cls];
            if (node == 0)
            {
                return any;
            }
        }
    }

    /// <summary>
    /// The nodes, with the chain that follows each: the characters of the one child of each node on the way, up to
    /// <see cref="Node.ChainWidth"/>, while they are ASCII (a space included), no phrase ends on the way, and no digit 1-5
    /// follows a space (skipped codes may begin there). A node entered by a character outside ASCII has none. Where the
    /// text has a run of white space, or a character outside ASCII, a walk leaves the chain and reads it as the trie does.
    /// </summary>
    private Node[] BuildNodes(Dictionary<char, int> classes, int[] links, int[] phraseAt)
    {
        int count = links.Length;
        var ascii = new char[_classCount];
        foreach (KeyValuePair<char, int> pair in classes)
        {
            if (pair.Key < 128)
            {
                ascii[pair.Value] = pair.Key;
            }
        }

        // The class of the character that enters each node.
        var entered = new int[count];
        for (int n = 0; n < count; n++)
        {
            if (links[n] < 0)
            {
                entered[n + 1] = ~links[n];
            }
            else if (links[n] > 0)
            {
                for (int cls = 0; cls < _classCount; cls++)
                {
                    if (_rows[links[n] + cls] != 0)
                    {
                        entered[_rows[links[n] + cls]] = cls;
                    }
                }
            }
        }

        var nodes = new Node[count];
        for (int n = 0; n < count; n++)
        {
            ulong chars = 0;
            int letters = 0;
            int length = 0;
            if (n > 0 && ascii[entered[n]] != '\0' && BitConverter.IsLittleEndian)
            {
                bool afterSpace = entered[n] == SpaceClass;
                for (int m = n; length < Node.ChainWidth && links[m] < 0 && ascii[~links[m]] != '\0' && (m == n || phraseAt[m] < 0); m++)
                {
                    char c = ascii[~links[m]];
                    if (afterSpace && c >= '1' && c <= '5')
                    {
                        break;
                    }

                    chars |= (ulong)c << (16 * length);
                    letters |= (c >= 'a' && c <= 'z' ? 1 : 0) << length;
                    length++;
                    afterSpace = c == ' ';
                }
            }

            nodes[n] = new Node(links[n], phraseAt[n], chars, letters, length);
        }

        return nodes;
    }

    /// <summary>Sets the phrase's bit, unless it must end a word and the text's character at <paramref name="after"/> goes on with it.</summary>
    /// <returns>Whether the phrase counts.</returns>
    private bool Report(int phrase, ReadOnlySpan<char> text, int after, Span<ulong> found)
    {
        if (_wholeWord[phrase] && after < text.Length && char.IsLetterOrDigit(text[after]))
        {
            return false;
        }

        found[phrase >> 6] |= 1UL << (phrase & 63);
        return true;
    }

    private static ref int Start(int[] array)
    {
#if NET
        return ref MemoryMarshal.GetArrayDataReference(array);
#else
        return ref array[0];
#endif
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, int cls)
    {
        int link = _nodes[node].Link;
        return link < 0 ? (~link == cls ? node + 1 : 0) : _rows[link + cls];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StartOf(char c, ref int asciiStart) => c < 128 ? Unsafe.Add(ref asciiStart, c) : StartOfOther(c);

    private int StartOfOther(char c)
    {
        int cls = ClassOfOther(c);
        return (Child(0, cls) << StartShift) | (char.IsLetterOrDigit(c) ? LetterOrDigit : 0);
    }

    private int ClassOfOther(char c)
    {
        char folded = Fold(c);
        if (folded == ' ')
        {
            return SpaceClass;
        }

        // The Kelvin sign folds to an ASCII k, and is then the phrases' k.
        if (folded < 128)
        {
            return _asciiClass[folded];
        }

        int at = Array.BinarySearch(_otherChars, folded);
        return at >= 0 ? _otherClasses[at] : 0;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Whether bit <paramref name="index"/> is set.</summary>
    public static bool IsSet(ReadOnlySpan<ulong> found, int index) => (found[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Folds case and white space: what both phrases and texts are compared as.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return (char)(c | 0x20);
            }

            return c is '\t' or '\r' or '\n' or '\v' or '\f' ? ' ' : c;
        }

        return c is '\u0085' or '\u00A0' or '\u2028' or '\u2029' ? ' ' : char.ToLowerInvariant(c);
    }

    /// <summary>A node of the trie: its children, the phrase that ends there, and the chain of single children after it.</summary>
    private readonly struct Node
    {
        /// <summary>The characters of a chain compared at once: a <see cref="ulong"/> holds four.</summary>
        public const int ChainWidth = 4;

        // For each set of lanes that hold letters (bit i for lane i), 0x20 in those lanes: a text character or-ed with it
        // is the letter only when it is the letter in either case, since no other character, ASCII or not, becomes a
        // lower case ASCII letter so.
        private static readonly ulong[] Folds = CreateFolds();

        // Up to four characters, one child after another, as the 16-bit lanes of a ulong, the first in the lowest.
        private readonly ulong _chars;

        // The phrase, shifted left 8; the lanes with letters, shifted left 4; the chain's length. 16 bytes a node, four to a
        // cache line.
        private readonly int _info;

        public Node(int link, int phrase, ulong chars, int letterLanes, int chainLength)
        {
            Link = link;
            _info = (phrase << 8) | (letterLanes << 4) | chainLength;
            _chars = chars;
        }

        /// <summary>Below 0, the node has one child, the next node, for class <c>~Link</c>; else the offset of its row.</summary>
        public int Link { get; }

        /// <summary>The phrase that ends here, or -1.</summary>
        public int Phrase => _info >> 8;

        /// <summary>How many characters the chain has; 0 for none.</summary>
        public int ChainLength => _info & 0xF;

        /// <summary>How many of the four text characters, read as lanes, match the chain's from the first on.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Matched(ulong text)
        {
            ulong differ = (text | Folds[(_info >> 4) & 0xF]) ^ _chars;
#if NET
            return BitOperations.TrailingZeroCount(differ) >> 4;
#else
            int same = 0;
            while (same < ChainWidth && (differ & 0xFFFF) == 0)
            {
                differ >>= 16;
                same++;
            }

            return same;
#endif
        }

        private static ulong[] CreateFolds()
        {
            var folds = new ulong[16];
            for (int lanes = 0; lanes < 16; lanes++)
            {
                for (int lane = 0; lane < ChainWidth; lane++)
                {
                    folds[lanes] |= ((lanes >> lane) & 1) != 0 ? 0x20UL << (16 * lane) : 0;
                }
            }

            return folds;
        }
    }
}
