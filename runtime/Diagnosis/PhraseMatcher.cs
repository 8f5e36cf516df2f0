using System;
using System.Collections.Generic;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Finds every one of a fixed set of phrases in a text in one pass (an Aho-Corasick automaton), ignoring case and
/// treating any run of white space as one space. Built once; matching is linear in the text and allocates nothing.
/// </summary>
/// <remarks>
/// Case is folded per character with <see cref="char.ToLowerInvariant(char)"/> (ASCII by arithmetic), the same in every
/// culture: a Turkish dotted İ in a reply folds to i̇, not to the ASCII i of a phrase, which is what an ordinal,
/// culture-independent comparison promises.
/// </remarks>
internal sealed class PhraseMatcher
{
    private readonly int[] _rootNext = new int[128];
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _output;
    private readonly int[] _outputLink;

    /// <summary>Builds the automaton; phrase <c>i</c> is reported as bit <c>i</c>. Empty phrases never match.</summary>
    public PhraseMatcher(IReadOnlyList<string> phrases)
    {
        PhraseCount = phrases.Count;
        var children = new List<SortedDictionary<char, int>> { new() };
        var output = new List<int> { -1 };
        for (int p = 0; p < phrases.Count; p++)
        {
            int state = 0;
            char previous = ' ';
            bool any = false;
            foreach (char raw in phrases[p])
            {
                char c = Fold(raw);
                if (c == ' ' && previous == ' ')
                {
                    continue;
                }

                previous = c;
                any = true;
                if (!children[state].TryGetValue(c, out int next))
                {
                    next = children.Count;
                    children.Add(new SortedDictionary<char, int>());
                    output.Add(-1);
                    children[state].Add(c, next);
                }

                state = next;
            }

            // A phrase repeated later keeps the first index: rules refer to phrases by their own index, so map duplicates.
            if (any && output[state] < 0)
            {
                output[state] = p;
            }
        }

        int count = children.Count;
        _edgeStart = new int[count + 1];
        int edges = 0;
        for (int s = 0; s < count; s++)
        {
            _edgeStart[s] = edges;
            edges += children[s].Count;
        }

        _edgeStart[count] = edges;
        _edgeChar = new char[edges];
        _edgeTarget = new int[edges];
        for (int s = 0; s < count; s++)
        {
            int i = _edgeStart[s];
            foreach (KeyValuePair<char, int> edge in children[s])
            {
                _edgeChar[i] = edge.Key;
                _edgeTarget[i] = edge.Value;
                i++;
            }
        }

        _output = output.ToArray();
        _fail = new int[count];
        _outputLink = new int[count];
        _outputLink[0] = -1;
        var queue = new Queue<int>();
        foreach (KeyValuePair<char, int> edge in children[0])
        {
            _fail[edge.Value] = 0;
            _outputLink[edge.Value] = -1;
            queue.Enqueue(edge.Value);
            if (edge.Key < 128)
            {
                _rootNext[edge.Key] = edge.Value;
            }
        }

        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            foreach (KeyValuePair<char, int> edge in children[s])
            {
                int f = _fail[s];
                int target;
                while ((target = Next(f, edge.Key)) < 0)
                {
                    f = _fail[f];
                }

                _fail[edge.Value] = target == edge.Value ? 0 : target;
                int failState = _fail[edge.Value];
                _outputLink[edge.Value] = _output[failState] >= 0 ? failState : _outputLink[failState];
                queue.Enqueue(edge.Value);
            }
        }
    }

    /// <summary>The number of phrases, and so of bits <see cref="Match"/> may set.</summary>
    public int PhraseCount { get; }

    /// <summary>The number of <see cref="ulong"/>s a bit set for <see cref="Match"/> needs.</summary>
    public int BitSetLength => (PhraseCount + 63) / 64;

    /// <summary>Sets bit <c>i</c> of <paramref name="found"/> for every phrase <c>i</c> that occurs in <paramref name="text"/>.</summary>
    /// <returns>Whether any phrase occurs.</returns>
    public bool Match(ReadOnlySpan<char> text, Span<ulong> found)
    {
        bool any = false;
        int state = 0;
        char previous = ' ';
        foreach (char raw in text)
        {
            char c = Fold(raw);
            if (c == ' ' && previous == ' ')
            {
                continue;
            }

            previous = c;
            int next;
            while ((next = Next(state, c)) < 0)
            {
                state = _fail[state];
            }

            state = next;
            int s = _output[state] >= 0 ? state : _outputLink[state];
            while (s > 0)
            {
                int phrase = _output[s];
                found[phrase >> 6] |= 1UL << (phrase & 63);
                any = true;
                s = _outputLink[s];
            }
        }

        return any;
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

    /// <summary>The state after <paramref name="c"/> from <paramref name="state"/>, or -1; the root never fails.</summary>
    private int Next(int state, char c)
    {
        if (state == 0)
        {
            if (c < 128)
            {
                return _rootNext[c];
            }
        }

        int lo = _edgeStart[state];
        int hi = _edgeStart[state + 1] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            char m = _edgeChar[mid];
            if (m == c)
            {
                return _edgeTarget[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return state == 0 ? 0 : -1;
    }
}
