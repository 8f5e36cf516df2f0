using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SmtpCodes.Evaluation;

/// <summary>Scores the diagnosis of each record's text against the record's expectations.</summary>
internal static class DiagnosisEvaluation
{
    /// <param name="path">The <c>diagnostics.jsonl</c> to score.</param>
    /// <param name="output">Where the scores go.</param>
    /// <param name="records">Whether to print, instead of the scores, one tab-separated line per record: what was expected
    /// and what was found, for looking at groups of misses.</param>
    public static int Run(string path, TextWriter output, bool records = false)
    {
        bool dump = records;
        var all = new List<Record>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length > 0)
            {
                all.Add(Record.Parse(line));
            }
        }

        var code = new Score("reply code, where expected");
        var codeInText = new Score("reply code, where the text carries it");
        var enhanced = new Score("enhanced code, where expected (not X.0.9xx)");
        var enhancedInText = new Score("enhanced code, where the text carries it");
        var reason = new Score("reason, all records");
        var reasonWithText = new Score("reason, records with a text");
        var hard = new Score("hard/soft, all records");
        var hardWithText = new Score("hard/soft, records with a text");
        var confusion = new Dictionary<(string Expected, string Got), int>();
        var misses = new List<(Record Record, SmtpDiagnosis Result)>();
        var unknownIn5xx = new Dictionary<string, int>(StringComparer.Ordinal);

        if (dump)
        {
            output.WriteLine("record\texpected code\tgot code\texpected status\tgot status\texpected reason\tgot reason\texpected hard\tgot hard\tmatched by\ttext");
        }

        foreach (Record record in all)
        {
            SmtpDiagnosis result = SmtpDiagnosis.Analyze(record.Diagnostic);
            string gotCode = result.Code == 0 ? string.Empty : result.Code.ToString(CultureInfo.InvariantCulture);
            string gotEnhanced = result.EnhancedCode?.ToString() ?? string.Empty;
            string gotReason = result.Reason.ToStringFast().ToLowerInvariant();
            bool gotHard = result.IsHardBounce == true;
            bool hasText = HasText(record.Diagnostic);

            if (record.ReplyCode.Length > 0)
            {
                code.Add(gotCode == record.ReplyCode);
                if (record.Diagnostic.Contains(record.ReplyCode, StringComparison.Ordinal))
                {
                    codeInText.Add(gotCode == record.ReplyCode);
                }
            }

            if (record.Status.Length > 0 && !record.Status.Contains(".0.9", StringComparison.Ordinal))
            {
                enhanced.Add(gotEnhanced == record.Status);
                if (record.Diagnostic.Contains(record.Status, StringComparison.Ordinal))
                {
                    enhancedInText.Add(gotEnhanced == record.Status);
                }
            }

            if (dump)
            {
                string oneLine = record.Diagnostic.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
                output.WriteLine(string.Join("\t", record.File + "#" + record.Index.ToString(CultureInfo.InvariantCulture), record.ReplyCode, gotCode, record.Status, gotEnhanced, record.Reason, gotReason, record.HardBounce ? "hard" : "soft", gotHard ? "hard" : "soft", result.MatchedBy, oneLine));
            }

            if (hasText && result.MatchedBy.EndsWith("+ reply 5XX (diagnosis-rules.csv)", StringComparison.Ordinal))
            {
                unknownIn5xx[record.Reason] = unknownIn5xx.TryGetValue(record.Reason, out int seen) ? seen + 1 : 1;
            }

            bool reasonOk = gotReason == record.Reason;
            reason.Add(reasonOk);
            hard.Add(gotHard == record.HardBounce);
            if (hasText)
            {
                reasonWithText.Add(reasonOk);
                hardWithText.Add(gotHard == record.HardBounce);
                if (!reasonOk)
                {
                    misses.Add((record, result));
                }
            }

            var key = (record.Reason, gotReason);
            confusion[key] = confusion.TryGetValue(key, out int n) ? n + 1 : 1;
        }

        if (dump)
        {
            return 0;
        }

        output.WriteLine($"{all.Count} records from {path}");
        output.WriteLine();
        foreach (Score score in new[] { code, codeInText, enhanced, enhancedInText, reason, reasonWithText, hard, hardWithText })
        {
            output.WriteLine(score.ToString());
        }

        output.WriteLine();
        output.WriteLine("Reasons: expected -> got (count); each expected reason's recall");
        foreach (IGrouping<string, KeyValuePair<(string Expected, string Got), int>> group in confusion.GroupBy(p => p.Key.Expected).OrderByDescending(g => g.Sum(p => p.Value)))
        {
            int total = group.Sum(p => p.Value);
            int right = group.Where(p => p.Key.Got == group.Key).Sum(p => p.Value);
            string wrong = string.Join(", ", group.Where(p => p.Key.Got != group.Key).OrderByDescending(p => p.Value).Select(p => p.Key.Got + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
            output.WriteLine($"  {group.Key,-16} {right,4}/{total,-4} {100.0 * right / total,6:F1}%  {wrong}");
        }

        // The texts that only a step or a status outside them can decide: the labels split, so no rule on the words can
        // get them all. Printed so that the README's figures can be checked.
        output.WriteLine();
        output.WriteLine("\"User unknown\" words in a 5XX reply with no addressing status and no command, by label: "
            + string.Join(", ", unknownIn5xx.OrderByDescending(p => p.Value).Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))));

        output.WriteLine();
        output.WriteLine("Worst misses (records with a text whose reason differs):");
        foreach ((Record record, SmtpDiagnosis result) in misses.Take(60))
        {
            string text = record.Diagnostic.Replace('\n', ' ').Replace('\r', ' ');
            output.WriteLine($"  {record.File}#{record.Index}: expected {record.Reason}, got {result.Reason.ToStringFast()} by {(result.MatchedBy.Length > 0 ? result.MatchedBy : "nothing")}");
            output.WriteLine("      " + (text.Length > 150 ? text.Substring(0, 150) + "…" : text));
        }

        return 0;
    }

    /// <summary>
    /// Whether a diagnostic says anything: a diagnostic type with nothing after it (<c>SMTP;</c>, as two Sendmail notices
    /// in the corpus give) is no text.
    /// </summary>
    private static bool HasText(string diagnostic)
    {
        string text = diagnostic.Trim();
        int semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (semicolon > 0 && text.Substring(0, semicolon).All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            text = text.Substring(semicolon + 1).Trim();
        }

        return text.Length > 0;
    }

    private sealed class Score(string name)
    {
        private int _right;
        private int _total;

        public void Add(bool right)
        {
            _total++;
            _right += right ? 1 : 0;
        }

        public override string ToString() =>
            $"{name,-48} {_right,4}/{_total,-4} {(_total == 0 ? 0 : 100.0 * _right / _total),6:F1}%";
    }

    private sealed record Record(string File, int Index, string Diagnostic, string Status, string ReplyCode, string Reason, bool HardBounce)
    {
        public static Record Parse(string line)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            return new Record(
                Text(root, "file"),
                root.TryGetProperty("index", out JsonElement index) ? index.GetInt32() : 0,
                Text(root, "diagnostic"),
                Text(root, "status"),
                Text(root, "replycode"),
                Text(root, "reason"),
                root.TryGetProperty("hardbounce", out JsonElement hard) && hard.ValueKind == JsonValueKind.True);
        }

        private static string Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
    }
}
