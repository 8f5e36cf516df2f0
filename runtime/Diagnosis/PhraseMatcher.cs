using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Finds every one of a fixed set of phrases in a text in one pass, ignoring case and treating any run of white space as
/// one space. Built once as an Aho-Corasick automaton and then turned into a complete transition table (a DFA) over the
/// characters the phrases use, so matching costs two array reads per character, is linear in the text and allocates
/// nothing.
/// </summary>
/// <remarks>
/// Case is folded per character with <see cref="char.ToLowerInvariant(char)"/> (ASCII by a table), the same in every
/// culture: a Turkish dotted İ in a reply folds to i̇, not to the ASCII i of a phrase, which is what an ordinal,
/// culture-independent comparison promises. A character that no phrase uses is class 0 and sends the automaton back to
/// its start, which is where it would go anyway.
/// </remarks>
internal sealed class PhraseMatcher
{
    private const int SpaceClass = 1;

    // The class of each ASCII character as it is folded: upper case as lower case, white space as space (0: used by no phrase).
    private readonly int[] _asciiClass = new int[128];

    // Non-ASCII folded characters the phrases use, sorted, and their classes.
    private readonly char[] _otherChars;
    private readonly int[] _otherClasses;

    // Texts shorter than this are walked by one automaton: four would each have too little to do.
    private const int MinLengthForStreams = 64;

    private readonly int _classCount;

    // A row of the table per state: one column per class, and a last one for white space after white space.
    private readonly int _stride;

    // _step[offset + class], where offset is state * _stride, is the next state's offset: one read per character, and no
    // multiplication, on the critical path. States from offset _reportFrom on end a phrase.
    private readonly int[] _step;
    private readonly int _reportFrom;

    // For each state, the phrase that ends there (or -1), the next state down the failure chain that ends a phrase, and
    // how many characters (white space runs as one) it stands for.
    private readonly int[] _output;
    private readonly int[] _outputLink;
    private readonly int[] _depth;

    /// <summary>Builds the automaton; phrase <c>i</c> is reported as bit <c>i</c>. Empty phrases never match.</summary>
    public PhraseMatcher(IReadOnlyList<string> phrases)
    {
        PhraseCount = phrases.Count;

        // Character classes: space is class 1; every other folded character a phrase uses gets its own.
        var classes = new Dictionary<char, int> { [' '] = SpaceClass };
        var folded = new List<string>(phrases.Count);
        foreach (string phrase in phrases)
        {
            var chars = new List<char>(phrase.Length);
            char previous = ' ';
            foreach (char raw in phrase)
            {
                char c = Fold(raw);
                if (c == ' ' && previous == ' ')
                {
                    continue;
                }

                chars.Add(c);
                previous = c;
                if (!classes.ContainsKey(c))
                {
                    classes.Add(c, classes.Count + 1);
                }
            }

            folded.Add(new string(chars.ToArray()));
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

        for (char c = '\0'; c < 128; c++)
        {
            _asciiClass[c] = classes.TryGetValue(Fold(c), out int cls) ? cls : 0;
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

        // The trie, by class.
        var children = new List<Dictionary<int, int>> { new() };
        var output = new List<int> { -1 };
        for (int p = 0; p < folded.Count; p++)
        {
            if (folded[p].Length == 0)
            {
                continue;
            }

            int state = 0;
            foreach (char c in folded[p])
            {
                int cls = classes[c];
                if (!children[state].TryGetValue(cls, out int child))
                {
                    child = children.Count;
                    children.Add(new Dictionary<int, int>());
                    output.Add(-1);
                    children[state].Add(cls, child);
                }

                state = child;
            }

            if (output[state] < 0)
            {
                output[state] = p;
            }
        }

        // Breadth first: failure links, output links and the complete transition table.
        int count = children.Count;
        int stride = _classCount + 1;
        if ((long)count * stride > int.MaxValue / 2)
        {
            throw new ArgumentException("The phrases need too large an automaton.", nameof(phrases));
        }

        var next = new int[count * _classCount];
        var outputLink = new int[count];
        var reports = new bool[count];
        var depth = new int[count];
        var fail = new int[count];
        outputLink[0] = -1;
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            for (int cls = 0; cls < _classCount; cls++)
            {
                if (children[s].TryGetValue(cls, out int child))
                {
                    int f = s == 0 ? 0 : next[(fail[s] * _classCount) + cls];
                    fail[child] = f;
                    outputLink[child] = output[f] >= 0 ? f : outputLink[f];
                    reports[child] = output[child] >= 0 || outputLink[child] >= 0;
                    depth[child] = depth[s] + 1;
                    next[(s * _classCount) + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[(s * _classCount) + cls] = s == 0 ? 0 : next[(fail[s] * _classCount) + cls];
                }
            }
        }

        // Renumbered so that the states that end a phrase come last: "does this state report?" is then one comparison
        // with _reportFrom instead of a flag to unpack on the critical path. The start state stays 0.
        var renumbered = new int[count];
        int reporting = 0;
        for (int s = 0; s < count; s++)
        {
            reporting += reports[s] ? 1 : 0;
        }

        int quiet = 0;
        int loud = count - reporting;
        for (int s = 0; s < count; s++)
        {
            renumbered[s] = reports[s] ? loud++ : quiet++;
        }

        _stride = stride;
        _reportFrom = (count - reporting) * stride;
        _step = new int[count * stride];
        _output = new int[count];
        _outputLink = new int[count];
        _depth = new int[count];
        for (int s = 0; s < count; s++)
        {
            int at = renumbered[s];
            for (int cls = 0; cls < _classCount; cls++)
            {
                _step[(at * stride) + cls] = renumbered[next[(s * _classCount) + cls]] * stride;
            }

            // The last column is for white space after white space: the state stays where it is.
            _step[(at * stride) + _classCount] = at * stride;
            _output[at] = output[s];
            _outputLink[at] = outputLink[s] >= 0 ? renumbered[outputLink[s]] : -1;
            _depth[at] = depth[s];
        }
    }

    /// <summary>The number of phrases, and so of bits <c>Match</c> may set.</summary>
    public int PhraseCount { get; }

    /// <summary>The number of <see cref="ulong"/>s a bit set for <c>Match</c> needs.</summary>
    public int BitSetLength => (PhraseCount + 63) / 64;

    /// <summary>Sets bit <c>i</c> of <paramref name="found"/> for every phrase <c>i</c> that occurs in <paramref name="text"/>.</summary>
    /// <returns>Whether any phrase occurs.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found)
    {
        var position = default(Position);
        return Match(text, found, ref position);
    }

    /// <summary>
    /// Goes on matching where <paramref name="position"/> left off, so that a text can be given in pieces (without the
    /// codes a flattened multi-line reply repeats) and phrases still match across them.
    /// </summary>
    /// <returns>Whether any phrase occurs in this piece.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found, ref Position position)
    {
        // A position from another automaton would index outside this one's table: start over instead.
        int offset = position.Offset;
        if ((uint)offset >= (uint)_step.Length || offset % _stride != 0)
        {
            offset = 0;
        }

        int afterSpace = position.AfterText ? 0 : 1;
        bool any = text.Length < MinLengthForStreams
            ? Run(text, found, ref offset, ref afterSpace)
            : RunInStreams(text, found, ref offset, ref afterSpace);
        position = new Position(offset, afterSpace == 0);
        return any;
    }

    /// <summary>
    /// One automaton walking <paramref name="text"/> from <paramref name="offset"/>. <paramref name="afterSpace"/> is 1 when
    /// the character before the text was white space, so that a run of white space is one space, in phrases and texts alike.
    /// </summary>
    private bool Run(ReadOnlySpan<char> text, Span<ulong> found, ref int offset, ref int afterSpace)
    {
        bool any = false;
        int state = offset;
        int previous = afterSpace;
        int[] asciiClass = _asciiClass;
        ref int step = ref Start(_step);
        int reportFrom = _reportFrom;
        int skip = _classCount - SpaceClass;
        foreach (char c in text)
        {
            int cls = c < 128 ? asciiClass[c] : ClassOfOther(c);
            int space = cls == SpaceClass ? 1 : 0;
            state = Unsafe.Add(ref step, state + cls + (space & previous) * skip);
            previous = space;
            if (state >= reportFrom)
            {
                any = true;
                Report(state, found);
            }
        }

        offset = state;
        afterSpace = previous;
        return any;
    }

    /// <summary>
    /// Four automata over the four quarters of the text, interleaved, so that four independent table reads are in flight
    /// instead of one chain of dependent ones. The first starts where the text starts; each other one starts at its
    /// quarter in the start state, which misses only phrases that begin in the quarter before. So each automaton then
    /// goes on past its quarter for as long as its state still holds characters from before the next quarter (at most
    /// the longest phrase), which finds exactly those. Where that goes on to the end of the text, its state is the
    /// text's final state; otherwise the next automaton's is, since from then on the two are in the same state.
    /// </summary>
    private bool RunInStreams(ReadOnlySpan<char> text, Span<ulong> found, ref int offset, ref int afterSpace)
    {
        int quarter = text.Length / 4;
        int b1 = quarter;
        int b2 = 2 * quarter;
        int b3 = 3 * quarter;
        int s0 = offset;
        int s1 = 0;
        int s2 = 0;
        int s3 = 0;
        int w0 = afterSpace;
        int w1 = ClassOf(text[b1 - 1]) == SpaceClass ? 1 : 0;
        int w2 = ClassOf(text[b2 - 1]) == SpaceClass ? 1 : 0;
        int w3 = ClassOf(text[b3 - 1]) == SpaceClass ? 1 : 0;
        int[] asciiClass = _asciiClass;
        ref int step = ref Start(_step);
        ref char chars = ref MemoryMarshal.GetReference(text);
        int reportFrom = _reportFrom;
        int skip = _classCount - SpaceClass;
        bool any = false;
        for (int i = 0; i < quarter; i++)
        {
            char c0 = Unsafe.Add(ref chars, i);
            char c1 = Unsafe.Add(ref chars, b1 + i);
            char c2 = Unsafe.Add(ref chars, b2 + i);
            char c3 = Unsafe.Add(ref chars, b3 + i);
            int k0 = c0 < 128 ? asciiClass[c0] : ClassOfOther(c0);
            int k1 = c1 < 128 ? asciiClass[c1] : ClassOfOther(c1);
            int k2 = c2 < 128 ? asciiClass[c2] : ClassOfOther(c2);
            int k3 = c3 < 128 ? asciiClass[c3] : ClassOfOther(c3);
            int space0 = k0 == SpaceClass ? 1 : 0;
            int space1 = k1 == SpaceClass ? 1 : 0;
            int space2 = k2 == SpaceClass ? 1 : 0;
            int space3 = k3 == SpaceClass ? 1 : 0;
            s0 = Unsafe.Add(ref step, s0 + k0 + (space0 & w0) * skip);
            s1 = Unsafe.Add(ref step, s1 + k1 + (space1 & w1) * skip);
            s2 = Unsafe.Add(ref step, s2 + k2 + (space2 & w2) * skip);
            s3 = Unsafe.Add(ref step, s3 + k3 + (space3 & w3) * skip);
            w0 = space0;
            w1 = space1;
            w2 = space2;
            w3 = space3;

            // Negative when some state is at or past reportFrom (offsets are far below int.MaxValue): one branch for four.
            if (((reportFrom - 1 - s0) | (reportFrom - 1 - s1) | (reportFrom - 1 - s2) | (reportFrom - 1 - s3)) < 0)
            {
                any = true;
                ReportAny(s0, found);
                ReportAny(s1, found);
                ReportAny(s2, found);
                ReportAny(s3, found);
            }
        }

        any |= Run(text.Slice(4 * quarter), found, ref s3, ref w3);
        afterSpace = w3;
        offset = s3;
        bool atEnd = false;
        any |= Overrun(text, b1, ref s0, w0, found, ref atEnd, ref offset);
        any |= Overrun(text, b2, ref s1, w1, found, ref atEnd, ref offset);
        any |= Overrun(text, b3, ref s2, w2, found, ref atEnd, ref offset);
        return any;
    }

    /// <summary>
    /// Goes on from <paramref name="from"/> while the state still holds characters from before it (its depth is more than
    /// the characters fed since), reporting the phrases that began before <paramref name="from"/> and end after it. The
    /// first automaton still that deep at the end of the text has the text's final state.
    /// </summary>
    private bool Overrun(ReadOnlySpan<char> text, int from, ref int state, int afterSpace, Span<ulong> found, ref bool atEnd, ref int final)
    {
        bool any = false;
        int fed = 0;
        for (int i = from; i < text.Length && _depth[state / _stride] > fed; i++)
        {
            int cls = ClassOf(text[i]);
            int space = cls == SpaceClass ? 1 : 0;
            if ((space & afterSpace) != 0)
            {
                continue;
            }

            afterSpace = space;
            fed++;
            state = _step[state + cls];
            if (state >= _reportFrom)
            {
                any = true;
                Report(state, found);
            }
        }

        if (!atEnd && _depth[state / _stride] > fed)
        {
            atEnd = true;
            final = state;
        }

        return any;
    }

    private void ReportAny(int state, Span<ulong> found)
    {
        if (state >= _reportFrom)
        {
            Report(state, found);
        }
    }

    private void Report(int offset, Span<ulong> found)
    {
        int state = offset / _stride;
        for (int s = _output[state] >= 0 ? state : _outputLink[state]; s > 0; s = _outputLink[s])
        {
            int phrase = _output[s];
            found[phrase >> 6] |= 1UL << (phrase & 63);
        }
    }

    private int ClassOf(char c) => c < 128 ? _asciiClass[c] : ClassOfOther(c);

    private static ref int Start(int[] array)
    {
#if NET
        return ref MemoryMarshal.GetArrayDataReference(array);
#else
        return ref array[0];
#endif
    }

    private int ClassOfOther(char c)
    {
        char folded = Fold(c);
        if (folded == ' ')
        {
            return SpaceClass;
        }

        int at = Array.BinarySearch(_otherChars, folded);
        return at >= 0 ? _otherClasses[at] : 0;
    }

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

    /// <summary>Where matching stopped: the automaton's state and whether the last character was not white space.</summary>
    internal readonly struct Position
    {
        public Position(int offset, bool afterText)
        {
            Offset = offset;
            AfterText = afterText;
        }

        public int Offset { get; }

        /// <summary>Whether the last character matched was not white space (the default, false, is the start of a text).</summary>
        public bool AfterText { get; }
    }
}
