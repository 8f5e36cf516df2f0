using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SmtpCodes.Bounces;

namespace SmtpCodes.Evaluation;

/// <summary>
/// Scores the reasons given to replies captured from real mail servers (<c>data/server-replies.tsv</c>: server, scenario,
/// reply, the reason judged right for the scenario) two ways: the reply's text alone, and the reply carried in a minimal
/// DSN that the bounce decoder reads. The same DSNs can be written to a folder for a peer decoder, and the peer's JSON
/// lines scored against the same judgments.
/// </summary>
internal static class ReplyEvaluation
{
    /// <param name="path">The tab-separated replies, with a header line; <c>\n</c> in a reply separates its lines.</param>
    /// <param name="dsnFolder">Where to write one DSN per reply (<c>reply-NNN.eml</c>), or <see langword="null"/>.</param>
    /// <param name="peerPath">A peer's JSON lines (<c>file</c>, <c>reason</c>) for those DSNs, or <see langword="null"/>.</param>
    /// <param name="output">Where the scores go.</param>
    public static int Run(string path, string? dsnFolder, string? peerPath, TextWriter output)
    {
        List<Reply> replies = Read(path);
        Dictionary<string, string> peer = peerPath is null ? new(StringComparer.Ordinal) : ReadPeer(peerPath);
        if (dsnFolder is not null)
        {
            Directory.CreateDirectory(dsnFolder);
        }

        int text = 0, dsn = 0, byPeer = 0;
        var perServer = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var differences = new List<string>();
        for (int i = 0; i < replies.Count; i++)
        {
            Reply reply = replies[i];
            string name = "reply-" + i.ToString("D3", CultureInfo.InvariantCulture) + ".eml";
            string email = Dsn(reply.Text, i);
            if (dsnFolder is not null)
            {
                File.WriteAllText(Path.Combine(dsnFolder, name), email, new UTF8Encoding(false));
            }

            BounceReason fromText = SmtpDiagnosis.Analyze(reply.Text).Reason;
            IReadOnlyList<BounceResult> decoded = BounceDecoder.Decode(new MemoryStream(Encoding.UTF8.GetBytes(email)));
            string fromDsn = decoded.Count > 0 ? decoded[0].Reason.ToStringFast() : "(none)";

            bool textRight = Same(fromText.ToStringFast(), reply.Reason);
            text += textRight ? 1 : 0;
            dsn += Same(fromDsn, reply.Reason) ? 1 : 0;
            byPeer += peer.TryGetValue(name, out string? peerReason) && Same(peerReason, reply.Reason) ? 1 : 0;

            (int right, int total) = perServer.TryGetValue(reply.Server, out var counts) ? counts : (0, 0);
            perServer[reply.Server] = (right + (textRight ? 1 : 0), total + 1);
            if (!textRight)
            {
                differences.Add($"  {name} {reply.Server} | {reply.Scenario}: judged {reply.Reason}, got {fromText.ToStringFast()} | {reply.Text.Replace('\n', ' ')}");
            }
        }

        output.WriteLine($"{replies.Count} replies from {path}; the reason judged right for each scenario against:");
        output.WriteLine();
        output.WriteLine("| reading | agrees |");
        output.WriteLine("| --- | ---: |");
        output.WriteLine($"| SmtpDiagnosis.Analyze(reply) | {Scores.Pct(text, replies.Count)} ({text}/{replies.Count}) |");
        output.WriteLine($"| BounceDecoder, the reply in a DSN | {Scores.Pct(dsn, replies.Count)} ({dsn}/{replies.Count}) |");
        if (peerPath is not null)
        {
            output.WriteLine($"| {Path.GetFileName(peerPath)}, the same DSNs | {Scores.Pct(byPeer, replies.Count)} ({byPeer}/{replies.Count}, {peer.Count} read) |");
        }

        Scores.WriteGroups(output, "Per server (the reply's text alone):", perServer);
        Scores.WriteLines(output, "Where the text alone differs from the judgment:", differences);

        return 0;
    }

    /// <summary>
    /// A minimal RFC 3464 report for one recipient whose <c>Diagnostic-Code</c> is the reply (its lines joined by spaces,
    /// as a folded field unfolds); the status is the reply's enhanced code, else its class's <c>C.0.0</c>.
    /// </summary>
    private static string Dsn(string reply, int number)
    {
        string oneLine = reply.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(oneLine);
        char replyClass = diagnosis.Code is >= 400 and < 500 ? '4' : '5';
        string status = diagnosis.EnhancedCode?.ToString() ?? replyClass + ".0.0";
        string action = status[0] == '4' ? "delayed" : "failed";
        string id = number.ToString(CultureInfo.InvariantCulture);
        return string.Join("\r\n",
            "From: MAILER-DAEMON@mx.example.net",
            "To: sender@example.org",
            "Subject: Undelivered Mail Returned to Sender",
            "Date: Sun, 29 Nov 2026 10:00:00 +0000",
            "Message-ID: <report" + id + "@mx.example.net>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"REPORT\"",
            string.Empty,
            "--REPORT",
            "Content-Type: text/plain; charset=us-ascii",
            string.Empty,
            "This is the mail system at host mx.example.net.",
            "Your message could not be delivered to one or more recipients.",
            string.Empty,
            "--REPORT",
            "Content-Type: message/delivery-status",
            string.Empty,
            "Reporting-MTA: dns; mx.example.net",
            string.Empty,
            "Final-Recipient: rfc822; ann@example.org",
            "Action: " + action,
            "Status: " + status,
            "Remote-MTA: dns; mx.remote.example",
            "Diagnostic-Code: smtp; " + oneLine,
            string.Empty,
            "--REPORT",
            "Content-Type: message/rfc822",
            string.Empty,
            "From: sender@example.org",
            "To: ann@example.org",
            "Subject: hello",
            "Message-ID: <original" + id + "@example.org>",
            string.Empty,
            "hello",
            "--REPORT--",
            string.Empty);
    }

    private static bool Same(string reason, string judged) => string.Equals(reason, judged, StringComparison.OrdinalIgnoreCase);


    private static List<Reply> Read(string path)
    {
        var replies = new List<Reply>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] fields = line.Split('\t');
            if (fields.Length == 4)
            {
                replies.Add(new Reply(fields[0], fields[1], fields[2].Replace("\\n", "\n", StringComparison.Ordinal), fields[3]));
            }
        }

        return replies;
    }

    private static Dictionary<string, string> ReadPeer(string path)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            JsonElement root = JsonDocument.Parse(line).RootElement;
            string file = Path.GetFileName(root.GetProperty("file").GetString() ?? string.Empty);
            reasons.TryAdd(file, root.GetProperty("reason").GetString() ?? string.Empty);
        }

        return reasons;
    }

    private sealed record Reply(string Server, string Scenario, string Text, string Reason);
}
