using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SmtpCodes.Bounces;

namespace SmtpCodes.Evaluation;

/// <summary>
/// <c>captured-bounces &lt;folder&gt; &lt;expected.tsv&gt;</c>: decodes bounce emails that real mail servers wrote as the
/// sender (<c>data/bounces/</c>) and scores each failed recipient's reason against the reason judged right for the
/// scenario that caused it. Recipients are matched by address, so the order a server lists them in does not matter.
/// </summary>
internal static class CapturedBounceEvaluation
{
    private sealed record Judged(string File, string Recipient, string Reason, string Scenario);

    /// <param name="folder">The bounce emails.</param>
    /// <param name="expectedPath">Tab-separated, with a header: <c>file</c>, <c>recipient</c>, <c>reason</c>, <c>scenario</c>.</param>
    /// <param name="peerPath">A peer's JSON lines (<c>file</c>, <c>recipient</c>, <c>reason</c>) for the same emails, or <see langword="null"/>.</param>
    /// <param name="output">Where the scores go.</param>
    public static int Run(string folder, string expectedPath, string? peerPath, TextWriter output)
    {
        if (!Directory.Exists(folder) || !File.Exists(expectedPath))
        {
            Console.Error.WriteLine($"evaluation: cannot read {folder} or {expectedPath}");
            return 2;
        }

        List<Judged> judged = File.ReadLines(expectedPath)
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 3)
            .Select(fields => new Judged(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields.Length > 3 ? fields[3].Trim() : string.Empty))
            .ToList();
        Dictionary<(string File, string Recipient), string> peer = peerPath is null ? new() : ReadPeer(peerPath);

        int found = 0, reason = 0, hard = 0, byPeer = 0, hardJudged = 0, lenient = 0, lenientPeer = 0;
        var perServer = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var differences = new List<string>();
        var decodedByFile = new Dictionary<string, IReadOnlyList<BounceResult>>(StringComparer.Ordinal);
        foreach (Judged label in judged)
        {
            if (!decodedByFile.TryGetValue(label.File, out IReadOnlyList<BounceResult>? results))
            {
                string path = Path.Combine(folder, label.File);
                results = File.Exists(path) ? BounceDecoder.DecodeFile(path) : [];
                decodedByFile[label.File] = results;
            }

            BounceResult? result = results.FirstOrDefault(r => string.Equals(r.Recipient, label.Recipient, StringComparison.OrdinalIgnoreCase));
            string ours = result is null ? "(missing)" : result.Reason.ToStringFast();
            bool right = string.Equals(ours, label.Reason, StringComparison.OrdinalIgnoreCase);
            found += result is null ? 0 : 1;
            reason += right ? 1 : 0;
            HashSet<string> defensible = AlsoDefensible(label.Scenario);
            lenient += right || defensible.Contains(ours) ? 1 : 0;

            // Hard or soft as the judged reason has it (its table's bounce column), where it is one or the other.
            if (BounceReasonInfo.TryParse(label.Reason.AsSpan(), out BounceReason judgedReason) && judgedReason.IsHardBounce() is { } judgedHard)
            {
                hardJudged++;
                hard += result?.IsHardBounce == judgedHard ? 1 : 0;
            }

            bool peerHas = peer.TryGetValue((label.File, label.Recipient.ToLowerInvariant()), out string? peerReason);
            byPeer += peerHas && string.Equals(peerReason, label.Reason, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            lenientPeer += peerHas && (string.Equals(peerReason, label.Reason, StringComparison.OrdinalIgnoreCase) || defensible.Contains(peerReason!)) ? 1 : 0;

            string server = label.File.Split('-')[0];
            (int r, int t) = perServer.TryGetValue(server, out var counts) ? counts : (0, 0);
            perServer[server] = (r + (right ? 1 : 0), t + 1);
            if (!right)
            {
                differences.Add($"  {label.File} {label.Recipient} | {label.Scenario}: judged {label.Reason}, got {ours}"
                    + (result is null ? string.Empty : $" [{result.DecodedBy}] by {result.MatchedBy} | {Short(result.Diagnostic)}"));
            }
        }

        int total = judged.Count;
        int emails = decodedByFile.Keys.Count(file => File.Exists(Path.Combine(folder, file)));
        output.WriteLine($"{emails} bounce emails, {total} failed recipients judged, from {expectedPath}:");
        output.WriteLine();
        output.WriteLine("| measure | ours | " + (peerPath is null ? string.Empty : Path.GetFileName(peerPath) + " |"));
        output.WriteLine("| --- | ---: |" + (peerPath is null ? string.Empty : " ---: |"));
        output.WriteLine($"| recipients found | {Scores.Pct(found, total)} ({found}/{total}) |" + (peerPath is null ? string.Empty : $" {peer.Count} read |"));
        output.WriteLine($"| reason | {Scores.Pct(reason, total)} ({reason}/{total}) |" + (peerPath is null ? string.Empty : $" {Scores.Pct(byPeer, total)} ({byPeer}/{total}) |"));
        output.WriteLine($"| reason, or one the judge named as also defensible | {Scores.Pct(lenient, total)} ({lenient}/{total}) |" + (peerPath is null ? string.Empty : $" {Scores.Pct(lenientPeer, total)} ({lenientPeer}/{total}) |"));
        output.WriteLine($"| hard/soft, where the judged reason is one | {Scores.Pct(hard, hardJudged)} ({hard}/{hardJudged}) |" + (peerPath is null ? string.Empty : " |"));
        Scores.WriteGroups(output, "Per sending server (reason):", perServer);
        Scores.WriteLines(output, "Where the decoder differs from the judgment:", differences);

        return 0;
    }

    /// <summary>
    /// The reasons a scenario names as also defensible, as the judge wrote them: "judgement call: Blocked or PolicyViolation
    /// also defensible", "(Expired also defensible)". Each is read from the clause before "also defensible", back to the
    /// colon, parenthesis, semicolon or comma that opens it. Case-insensitive; empty when there are none.
    /// </summary>
    internal static HashSet<string> AlsoDefensible(string scenario)
    {
        var reasons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        const string Marker = "also defensible";
        for (int at = scenario.IndexOf(Marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = scenario.IndexOf(Marker, at + Marker.Length, StringComparison.OrdinalIgnoreCase))
        {
            int start = scenario.LastIndexOfAny([':', '(', ';', ','], Math.Max(0, at - 1)) + 1;
            foreach (string word in scenario.Substring(start, at - start).Split([' ', '/', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (BounceReasonInfo.TryParse(word.AsSpan(), out BounceReason named))
                {
                    reasons.Add(named.ToStringFast());
                }
            }
        }

        return reasons;
    }

    private static Dictionary<(string File, string Recipient), string> ReadPeer(string path)
    {
        var peer = new Dictionary<(string, string), string>();
        foreach (string line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.TryGetProperty("file", out JsonElement file) && root.TryGetProperty("recipient", out JsonElement recipient) && root.TryGetProperty("reason", out JsonElement reason))
            {
                peer.TryAdd((file.GetString() ?? string.Empty, (recipient.GetString() ?? string.Empty).ToLowerInvariant()), reason.GetString() ?? string.Empty);
            }
        }

        return peer;
    }

    private static string Short(string text)
    {
        string line = text.Replace('\n', ' ').Replace('\r', ' ');
        return line.Length > 140 ? line.Substring(0, 139) + "…" : line;
    }
}
