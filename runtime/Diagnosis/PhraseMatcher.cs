using System;
using System.Collections.Generic;

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

    private readonly int _classCount;

    // _step[offset + class], where offset is state * _classCount, is the next state's offset shifted left once, with the
    // low bit set when that state ends a phrase: one read per character, and no multiplication, on the critical path.
    private readonly int[] _step;

    // For each state, the phrase that ends there (or -1) and the next state down the failure chain that ends a phrase.
    private readonly int[] _output;
    private readonly int[] _outputLink;
    private readonly bool[] _reports;

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
        if ((long)count * _classCount > int.MaxValue / 2)
        {
            throw new ArgumentException("The phrases need too large an automaton.", nameof(phrases));
        }

        var next = new int[count * _classCount];
        _output = output.ToArray();
        _outputLink = new int[count];
        _reports = new bool[count];
        var fail = new int[count];
        _outputLink[0] = -1;
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
                    _outputLink[child] = _output[f] >= 0 ? f : _outputLink[f];
                    _reports[child] = _output[child] >= 0 || _outputLink[child] >= 0;
                    next[(s * _classCount) + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[(s * _classCount) + cls] = s == 0 ? 0 : next[(fail[s] * _classCount) + cls];
                }
            }
        }

        _step = new int[next.Length];
        for (int i = 0; i < next.Length; i++)
        {
            int target = next[i];
            _step[i] = ((target * _classCount) << 1) | (_reports[target] ? 1 : 0);
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
        bool any = false;
        bool afterSpace = !position.AfterText;
        int offset = position.Offset;
        int[] step = _step;
        int[] asciiClass = _asciiClass;
        int classCount = _classCount;
        foreach (char c in text)
        {
            int cls = c < 128 ? asciiClass[c] : ClassOfOther(c);
            if (cls == SpaceClass)
            {
                // A run of white space is one space, in phrases and texts alike.
                if (afterSpace)
                {
                    continue;
                }

                afterSpace = true;
            }
            else
            {
                afterSpace = false;
            }

            int value = step[offset + cls];
            offset = value >> 1;
            if ((value & 1) != 0)
            {
                int state = offset / classCount;
                any = true;
                for (int s = _output[state] >= 0 ? state : _outputLink[state]; s > 0; s = _outputLink[s])
                {
                    int phrase = _output[s];
                    found[phrase >> 6] |= 1UL << (phrase & 63);
                }
            }
        }

        position = new Position(offset, !afterSpace);
        return any;
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
