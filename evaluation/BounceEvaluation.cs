using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SmtpCodes.Bounces;

namespace SmtpCodes.Evaluation;

/// <summary>
/// <c>bounces &lt;folder&gt; &lt;expected.jsonl&gt;</c>: decodes every email of the folder and scores the results per recipient
/// against the labels (status, reply code, reason, hard bounce), recipients matched by their order within each email.
/// </summary>
internal static class BounceEvaluation
{
    private sealed record Expected(string File, int Index, string Status, string ReplyCode, string Reason, bool HardBounce);

    public static int Run(string folder, string expectedPath, TextWriter output, bool mismatches)
    {
        if (!Directory.Exists(folder) || !File.Exists(expectedPath))
        {
            Console.Error.WriteLine($"evaluation: cannot read {folder} or {expectedPath}");
            return 2;
        }

        List<Expected> expected = File.ReadLines(expectedPath).Where(l => l.Trim().Length > 0).Select(Parse).ToList();
        var byFile = expected.GroupBy(e => e.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Index).ToList(), StringComparer.Ordinal);

        int total = expected.Count, found = 0, status = 0, registryTotal = 0, registryStatus = 0, code = 0, reason = 0, hard = 0, extra = 0, failedToRead = 0;
        var confusion = new Dictionary<(string Expected, string Actual), int>();
        var decoders = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        int emails = 0;
        foreach (string file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            emails++;
            IReadOnlyList<BounceResult> results;
            try
            {
                results = BounceDecoder.DecodeFile(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failedToRead++;
                results = [];
            }

            byFile.TryGetValue(name, out List<Expected>? labels);
            labels ??= [];
            extra += Math.Max(0, results.Count - labels.Count);
            for (int i = 0; i < labels.Count; i++)
            {
                Expected label = labels[i];
                BounceResult? result = i < results.Count ? results[i] : null;
                string ourReason = result is null ? "(missing)" : result.Reason.ToString().ToLowerInvariant();
                confusion[(label.Reason, ourReason)] = confusion.GetValueOrDefault((label.Reason, ourReason)) + 1;
                if (result is null)
                {
                    problems.Add($"{name}#{label.Index}: no recipient (expected {label.Status} {label.ReplyCode} {label.Reason})");
                    continue;
                }

                decoders[result.DecodedBy] = decoders.GetValueOrDefault(result.DecodedBy) + 1;
                found++;
                bool statusOk = StatusMatches(label.Status, result.Status);
                bool standIn = IsStandIn(label.Status);
                if (!standIn)
                {
                    registryTotal++;
                    registryStatus += statusOk ? 1 : 0;
                }

                string ourCode = result.ReplyCode == 0 ? string.Empty : result.ReplyCode.ToString(CultureInfo.InvariantCulture);
                bool codeOk = ourCode == label.ReplyCode;
                bool reasonOk = ourReason == label.Reason;
                bool hardOk = (result.IsHardBounce ?? false) == label.HardBounce;
                status += statusOk ? 1 : 0;
                code += codeOk ? 1 : 0;
                reason += reasonOk ? 1 : 0;
                hard += hardOk ? 1 : 0;
                if (!(statusOk && codeOk && reasonOk && hardOk))
                {
                    problems.Add($"{name}#{label.Index} [{result.DecodedBy}] {result.Recipient}: status {label.Status}/{result.Status?.ToString() ?? "-"} code {Show(label.ReplyCode)}/{Show(ourCode)} reason {label.Reason}/{ourReason} hard {label.HardBounce}/{result.IsHardBounce?.ToString() ?? "null"} | {Short(result.Diagnostic)}");
                }
            }
        }

        output.WriteLine($"emails: {emails}, labelled recipients: {total}, unreadable files: {failedToRead}");
        output.WriteLine();
        output.WriteLine("| measure | score | target |");
        output.WriteLine("| --- | ---: | ---: |");
        output.WriteLine($"| recipients found | {Scores.Pct(found, total)} ({found}/{total}) | ≥ 98% |");
        output.WriteLine($"| status | {Scores.Pct(status, total)} ({status}/{total}) | ≥ 95% |");
        output.WriteLine($"| status, where the label is a registry code | {Scores.Pct(registryStatus, registryTotal)} ({registryStatus}/{registryTotal}) | |");
        output.WriteLine($"| reply code | {Scores.Pct(code, total)} ({code}/{total}) | ≥ 95% |");
        output.WriteLine($"| reason | {Scores.Pct(reason, total)} ({reason}/{total}) | ≥ 90% |");
        output.WriteLine($"| hard/soft | {Scores.Pct(hard, total)} ({hard}/{total}) | ≥ 95% |");
        output.WriteLine($"| recipients reported beyond the labels | {extra} | |");
        output.WriteLine();
        output.WriteLine("Decoders: " + string.Join(", ", decoders.OrderByDescending(d => d.Value).Select(d => $"{d.Key} {d.Value}")));
        output.WriteLine();
        output.WriteLine("Confusion (expected reason → decoded reason), mismatches only:");
        output.WriteLine();
        output.WriteLine("| expected | decoded | count |");
        output.WriteLine("| --- | --- | ---: |");
        foreach (var cell in confusion.Where(c => c.Key.Expected != c.Key.Actual).OrderByDescending(c => c.Value).ThenBy(c => c.Key.Expected, StringComparer.Ordinal))
        {
            output.WriteLine($"| {cell.Key.Expected} | {cell.Key.Actual} | {cell.Value} |");
        }

        output.WriteLine();
        output.WriteLine("Per reason (expected: correct/total): " + string.Join(", ", confusion.GroupBy(c => c.Key.Expected).OrderByDescending(g => g.Sum(c => c.Value)).Select(g => $"{g.Key} {g.Where(c => c.Key.Actual == g.Key).Sum(c => c.Value)}/{g.Sum(c => c.Value)}")));
        if (mismatches)
        {
            output.WriteLine();
            foreach (string problem in problems)
            {
                output.WriteLine(problem);
            }
        }

        return 0;
    }

    /// <summary>
    /// A label <c>C.0.9xx</c> is Sisimai's stand-in for "the email gives no specific status" (it uses one when the status
    /// is absent or <c>C.0.0</c>); it is matched by no status, or by <c>C.0.0</c> of the same class.
    /// </summary>
    internal static bool StatusMatches(string label, EnhancedStatusCode? ours)
    {
        if (label.Length == 0)
        {
            return ours is null;
        }

        if (IsStandIn(label))
        {
            return ours is null || (ours.Value.Subject == 0 && ours.Value.Detail == 0 && (int)ours.Value.Class == label[0] - '0');
        }

        return ours?.ToString() == label;
    }

    private static bool IsStandIn(string status) => status.Length > 5 && status.AsSpan(1).StartsWith(".0.9", StringComparison.Ordinal);

    private static Expected Parse(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        JsonElement e = document.RootElement;
        return new Expected(
            e.GetProperty("file").GetString() ?? string.Empty,
            e.GetProperty("index").GetInt32(),
            e.GetProperty("status").GetString() ?? string.Empty,
            e.GetProperty("replycode").GetString() ?? string.Empty,
            e.GetProperty("reason").GetString() ?? string.Empty,
            e.GetProperty("hardbounce").GetBoolean());
    }


    private static string Show(string code) => code.Length == 0 ? "-" : code;

    private static string Short(string text) => text.Length > 140 ? text.Substring(0, 140) + "…" : text;
}
