using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// The rules and the vendor tables in force, with one automaton over every phrase, vendor marker and vendor tag, so a
/// text is scanned once whatever the number of rules. Immutable; adding a vendor builds a new engine.
/// </summary>
internal sealed class DiagnosisEngine
{
    private readonly int[] _rulePhrase;
    private readonly int[][] _vendorMarkers;
    private readonly int[][] _vendorTags;

    public DiagnosisEngine(DiagnosisRules rules, VendorTable[] vendors)
    {
        Rules = rules;
        Vendors = vendors;
        var phrases = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _rulePhrase = new int[rules.Count];
        for (int r = 0; r < rules.Count; r++)
        {
            _rulePhrase[r] = Add(rules.Phrases[r]);
        }

        _vendorMarkers = new int[vendors.Length][];
        _vendorTags = new int[vendors.Length][];
        for (int v = 0; v < vendors.Length; v++)
        {
            VendorTable vendor = vendors[v];
            _vendorMarkers[v] = new int[vendor.Markers.Count];
            for (int m = 0; m < vendor.Markers.Count; m++)
            {
                _vendorMarkers[v][m] = Add(vendor.Markers[m]);
            }

            _vendorTags[v] = new int[vendor.Count];
            for (int e = 0; e < vendor.Count; e++)
            {
                _vendorTags[v][e] = Add(vendor.GetTag(e));
            }
        }

        Matcher = new PhraseMatcher(phrases);

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

    /// <summary>The first rule whose every condition holds, or -1.</summary>
    public int MatchRule(ReadOnlySpan<ulong> found, int code, int outerCode, int status, int outerStatus, string? vendor)
    {
        DiagnosisRules rules = Rules;
        for (int r = 0; r < rules.Count; r++)
        {
            int phrase = _rulePhrase[r];
            if (phrase >= 0 && !PhraseMatcher.IsSet(found, phrase))
            {
                continue;
            }

            int reply = rules.Replies[r];
            if (reply != 0 && reply != code && reply != outerCode)
            {
                continue;
            }

            int ruleStatus = rules.Statuses[r];
            if (ruleStatus >= 0 && !StatusMatches(ruleStatus, status) && !StatusMatches(ruleStatus, outerStatus))
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

        return -1;
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

    // A rule's class 0 means any class; -1 (no status found) matches nothing.
    private static bool StatusMatches(int rule, int status) =>
        status >= 0 && (rule / 1000000 == 0 ? rule == status % 1000000 : rule == status);
}
