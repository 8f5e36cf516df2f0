using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// The rules and the vendor tables in force, with one automaton over every phrase, vendor marker and vendor tag, so a
/// text is scanned once whatever the number of rules. Immutable; adding a vendor builds a new engine.
/// </summary>
internal sealed class DiagnosisEngine
{
    private readonly int[] _rulePhrase;
    private readonly int[][] _rulesByPhrase;
    private readonly RuleIndex _codeRulesByStatus;
    private readonly RuleIndex _codeRulesByReply;
    private readonly int[] _commandRules;
    private readonly ulong[] _commandBits;
    private readonly int[] _searchWords;
    private readonly int[][] _vendorMarkers;
    private readonly ulong[] _markerBits;
    private readonly int[][] _vendorTags;

    public DiagnosisEngine(DiagnosisRules rules, VendorTable[] vendors)
    {
        Rules = rules;
        Vendors = vendors;
        var phrases = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _rulePhrase = AddAll(rules.Phrases);
        _vendorMarkers = new int[vendors.Length][];
        _vendorTags = new int[vendors.Length][];
        for (int v = 0; v < vendors.Length; v++)
        {
            VendorTable vendor = vendors[v];
            _vendorMarkers[v] = AddAll(vendor.Markers);
            _vendorTags[v] = new int[vendor.Count];
            for (int e = 0; e < vendor.Count; e++)
            {
                _vendorTags[v][e] = Add(vendor.GetTag(e));
            }
        }

        // Words that can name a command: a text with none of them names no command, and is not searched for one.
        int[] commandWords = AddAll(CommandFinder.Triggers);

        // The words a command search starts from, so that it searches only from those the text holds.
        _searchWords = AddAll(CommandFinder.SearchWords);

        Matcher = new PhraseMatcher(phrases);
        _commandBits = BitsOf(commandWords);
        _markerBits = BitsOf(_vendorMarkers.SelectMany(ofVendor => ofVendor));

        // Indexes, so that only rules whose phrase occurs or whose code is present are looked at.
        var byPhrase = new List<int>[phrases.Count];
        var byStatus = new Dictionary<int, List<int>>();
        var byReply = new Dictionary<int, List<int>>();
        var byCommand = new List<int>();
        for (int r = 0; r < rules.Count; r++)
        {
            if (_rulePhrase[r] >= 0)
            {
                (byPhrase[_rulePhrase[r]] ??= new List<int>()).Add(r);
            }
            else if (rules.Statuses[r] >= 0)
            {
                AddTo(byStatus, rules.Statuses[r] % 1000000, r);
            }
            else if (rules.Replies[r] != 0)
            {
                AddTo(byReply, rules.Replies[r], r);
            }
            else if (rules.Commands[r] != SmtpCommand.Unknown)
            {
                byCommand.Add(r);
            }
        }

        _commandRules = byCommand.ToArray();

        _rulesByPhrase = new int[phrases.Count][];
        for (int p = 0; p < phrases.Count; p++)
        {
            _rulesByPhrase[p] = byPhrase[p]?.ToArray() ?? Array.Empty<int>();
        }

        _codeRulesByStatus = new RuleIndex(byStatus);
        _codeRulesByReply = new RuleIndex(byReply);

        int[] AddAll(IReadOnlyList<string> words)
        {
            var added = new int[words.Count];
            for (int w = 0; w < added.Length; w++)
            {
                added[w] = Add(words[w]);
            }

            return added;
        }

        // A bit set of the phrases, for a test against the found ones in one AND a word; an empty phrase (-1) is left out.
        ulong[] BitsOf(IEnumerable<int> ids)
        {
            var bits = new ulong[Matcher.BitSetLength];
            foreach (int id in ids)
            {
                if (id >= 0)
                {
                    bits[id >> 6] |= 1UL << (id & 63);
                }
            }

            return bits;
        }

        int Add(string phrase)
        {
            string key = Normalize(phrase);
            if (key.Length == 0)
            {
                return -1;
            }

            if (!ids.TryGetValue(key, out int id))
            {
                id = phrases.Count;
                ids.Add(key, id);
                phrases.Add(key);
            }

            return id;
        }
    }

    public DiagnosisRules Rules { get; }

    public VendorTable[] Vendors { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>
    /// Which of <see cref="CommandFinder.SearchWords"/> occur in the text, as a mask (0 when no word that can name a
    /// command occurs either, and then the text is not searched for a command), and whether any vendor's marker does:
    /// most texts name none, and then no vendor is looked at. One pass over the found phrases for both.
    /// </summary>
    public int CommandWords(ReadOnlySpan<ulong> found, out bool anyMarker)
    {
        ulong mayName = 0;
        ulong marker = 0;
        for (int i = 0; i < found.Length; i++)
        {
            mayName |= found[i] & _commandBits[i];
            marker |= found[i] & _markerBits[i];
        }

        anyMarker = marker != 0;
        int words = 0;
        for (int w = 0; mayName != 0 && w < _searchWords.Length; w++)
        {
            words |= _searchWords[w] >= 0 && PhraseMatcher.IsSet(found, _searchWords[w]) ? 1 << w : 0;
        }

        return words;
    }

    /// <summary>Whether vendor <paramref name="vendor"/> is named in the text or is the remote host.</summary>
    public bool Identifies(int vendor, ReadOnlySpan<ulong> found, string? remoteHost)
    {
        int[] markers = _vendorMarkers[vendor];
        for (int m = 0; m < markers.Length; m++)
        {
            if (markers[m] >= 0 && PhraseMatcher.IsSet(found, markers[m]))
            {
                return true;
            }
        }

        if (remoteHost is not null)
        {
            foreach (string marker in Vendors[vendor].Markers)
            {
                if (remoteHost.IndexOf(marker.Trim(), StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The vendor's entry for the status: a tagged entry whose tag is in the text first, else the untagged one; -1 for none.</summary>
    public int MatchEntry(int vendor, int statusKey, ReadOnlySpan<ulong> found)
    {
        VendorTable table = Vendors[vendor];
        int untagged = -1;
        for (int e = 0; e < table.Count; e++)
        {
            if (table.StatusKey(e) != statusKey)
            {
                continue;
            }

            int tag = _vendorTags[vendor][e];
            if (tag < 0)
            {
                untagged = untagged < 0 ? e : untagged;
            }
            else if (PhraseMatcher.IsSet(found, tag))
            {
                return e;
            }
        }

        return untagged;
    }

    /// <summary>The first rule (in file order) whose every condition holds, or -1.</summary>
    /// <param name="found">The phrases found, one bit each.</param>
    /// <param name="code">The reply code, or 0.</param>
    /// <param name="outerCode">The wrapping reply code, or 0.</param>
    /// <param name="status">The status key, or -1.</param>
    /// <param name="outerStatus">The wrapping status key, or -1.</param>
    /// <param name="vendor">The vendor the text or remote host names, or <see langword="null"/>.</param>
    /// <param name="command">The command the reply answered, looked for only when a rule names one; <see cref="SmtpCommand.Unknown"/> satisfies no such rule.</param>
    public int MatchRule(ReadOnlySpan<ulong> found, int code, int outerCode, int status, int outerStatus, string? vendor, ref CommandSource command)
    {
        int best = int.MaxValue;
        for (int word = 0; word < found.Length; word++)
        {
            ulong bits = found[word];
            while (bits != 0)
            {
                int phrase = (word << 6) + TrailingZeroCount(bits);
                bits &= bits - 1;
                best = First(_rulesByPhrase[phrase], best, code, outerCode, status, outerStatus, vendor, ref command);
            }
        }

        best = ByStatus(status, best, code, outerCode, status, outerStatus, vendor, ref command);
        best = ByStatus(outerStatus, best, code, outerCode, status, outerStatus, vendor, ref command);
        best = ByReply(code, best, code, outerCode, status, outerStatus, vendor, ref command);
        best = ByReply(outerCode, best, code, outerCode, status, outerStatus, vendor, ref command);

        if (_commandRules.Length > 0 && (_commandRules[0] < best) && command.MayBeKnown)
        {
            best = First(_commandRules, best, code, outerCode, status, outerStatus, vendor, ref command);
        }

        return best == int.MaxValue ? -1 : best;
    }

    /// <summary>The code-only rules on <paramref name="key"/>'s status exactly and on any detail of its subject (<c>X.1.X</c>).</summary>
    private int ByStatus(int key, int best, int code, int outerCode, int status, int outerStatus, string? vendor, ref CommandSource command)
    {
        if (key < 0)
        {
            return best;
        }

        if (_codeRulesByStatus.Find(key % 1000000) is { } exact)
        {
            best = First(exact, best, code, outerCode, status, outerStatus, vendor, ref command);
        }

        if (_codeRulesByStatus.Find(key % 1000000 / 1000 * 1000 + AnyDetail) is { } subject)
        {
            best = First(subject, best, code, outerCode, status, outerStatus, vendor, ref command);
        }

        return best;
    }

    /// <summary>The code-only rules on <paramref name="reply"/> exactly and on its class (<c>5XX</c>).</summary>
    private int ByReply(int reply, int best, int code, int outerCode, int status, int outerStatus, string? vendor, ref CommandSource command)
    {
        if (reply == 0)
        {
            return best;
        }

        if (_codeRulesByReply.Find(reply) is { } exact)
        {
            best = First(exact, best, code, outerCode, status, outerStatus, vendor, ref command);
        }

        if (_codeRulesByReply.Find(reply / 100) is { } replyClass)
        {
            best = First(replyClass, best, code, outerCode, status, outerStatus, vendor, ref command);
        }

        return best;
    }

    /// <summary>The first of <paramref name="candidates"/> (ascending) below <paramref name="best"/> whose conditions hold, else <paramref name="best"/>.</summary>
    private int First(int[] candidates, int best, int code, int outerCode, int status, int outerStatus, string? vendor, ref CommandSource command)
    {
        DiagnosisRules rules = Rules;
        foreach (int r in candidates)
        {
            if (r >= best)
            {
                break;
            }

            int reply = rules.Replies[r];
            if (reply != 0 && !ReplyMatches(reply, code) && !ReplyMatches(reply, outerCode))
            {
                continue;
            }

            int ruleStatus = rules.Statuses[r];
            if (ruleStatus >= 0 && !StatusMatches(ruleStatus, status) && !StatusMatches(ruleStatus, outerStatus))
            {
                continue;
            }

            SmtpCommand ruleCommand = rules.Commands[r];
            if (ruleCommand != SmtpCommand.Unknown && ruleCommand != command.Value)
            {
                continue;
            }

            string ruleVendor = rules.Vendors[r];
            if (ruleVendor.Length > 0 && !string.Equals(ruleVendor, vendor, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return r;
        }

        return best;
    }

    private static int TrailingZeroCount(ulong value)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
        int count = 0;
        while ((value & 1) == 0)
        {
            value >>= 1;
            count++;
        }

        return count;
#endif
    }

    private static void AddTo(Dictionary<int, List<int>> index, int key, int rule)
    {
        if (!index.TryGetValue(key, out List<int>? list))
        {
            list = new List<int>();
            index.Add(key, list);
        }

        list.Add(rule);
    }

    /// <summary>The form phrases are compared in: case folded, white space runs as one space, trimmed.</summary>
    public static string Normalize(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        char previous = ' ';
        foreach (char raw in phrase)
        {
            char c = PhraseMatcher.Fold(raw);
            if (c == ' ' && previous == ' ')
            {
                continue;
            }

            builder.Append(c);
            previous = c;
        }

        return builder.ToString().Trim();
    }

    // A rule's reply below 10 is a class (5: any 5XX code); 0 (no code found) matches nothing.
    private static bool ReplyMatches(int rule, int code) => code != 0 && (rule < 10 ? code / 100 == rule : rule == code);

    // A rule's class 0 means any class; -1 (no status found) matches nothing.
    // A rule's detail 999 means any detail of its subject (X.1.X).
    private static bool StatusMatches(int rule, int status)
    {
        if (status < 0)
        {
            return false;
        }

        if (rule / 1000000 == 0)
        {
            status %= 1000000;
        }

        return rule % 1000 == AnyDetail ? rule / 1000 == status / 1000 : rule == status;
    }

    /// <summary>A rule status's detail that stands for any detail (<c>X.1.X</c>).</summary>
    internal const int AnyDetail = 999;
}
