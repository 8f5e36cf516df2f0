using System;
using System.IO;

namespace SmtpCodes.Evaluation;

/// <summary>
/// <c>diagnostics &lt;diagnostics.jsonl&gt;</c>: scores <see cref="SmtpDiagnosis"/> against expected reply codes, enhanced
/// codes, reasons and hard bounces. The corpus is read from where it is; nothing of it is kept in the repository.
/// <c>replies data/server-replies.tsv</c> scores the reasons of replies this project captured from real servers, and
/// <c>captured-bounces data/bounces data/bounces.tsv</c> the bounce emails real servers wrote for this project as senders.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length is 2 or 3 && string.Equals(args[0], "diagnostics", StringComparison.Ordinal))
        {
            if (!File.Exists(args[1]))
            {
                Console.Error.WriteLine("evaluation: no such file: " + args[1]);
                return 2;
            }

            return DiagnosisEvaluation.Run(args[1], Console.Out, records: Array.IndexOf(args, "--records") > 0);
        }

        if (args.Length >= 3 && string.Equals(args[0], "bounces", StringComparison.Ordinal))
        {
            return BounceEvaluation.Run(args[1], args[2], Console.Out, mismatches: Array.IndexOf(args, "--mismatches") > 0);
        }

        if (args.Length >= 2 && string.Equals(args[0], "replies", StringComparison.Ordinal))
        {
            if (!File.Exists(args[1]))
            {
                Console.Error.WriteLine("evaluation: no such file: " + args[1]);
                return 2;
            }

            return ReplyEvaluation.Run(args[1], Option(args, "--dsn"), Option(args, "--peer"), Console.Out);
        }

        if (args.Length >= 3 && string.Equals(args[0], "captured-bounces", StringComparison.Ordinal))
        {
            return CapturedBounceEvaluation.Run(args[1], args[2], Option(args, "--peer"), Console.Out);
        }

        if (args.Length == 2 && string.Equals(args[0], "decode", StringComparison.Ordinal))
        {
            // One email's results, one line each: for looking at a single mismatch.
            foreach (SmtpCodes.Bounces.BounceResult r in SmtpCodes.Bounces.BounceDecoder.DecodeFile(args[1]))
            {
                Console.WriteLine($"{r.Recipient} [{r.DecodedBy}] {r.Action} status={r.Status} code={r.ReplyCode} reason={r.Reason} hard={r.IsHardBounce} by={r.MatchedBy} remote={r.RemoteMta} | {r.Diagnostic}");
            }

            return 0;
        }

        Console.Error.WriteLine("usage: evaluation diagnostics <diagnostics.jsonl> [--records] | bounces <emails folder> <expected.jsonl> [--mismatches] | replies <replies.tsv> [--dsn <folder>] [--peer <peer.jsonl>] | captured-bounces <emails folder> <expected.tsv> [--peer <peer.jsonl>] | decode <email>");
        return 2;
    }

    /// <summary>The value after <paramref name="name"/> in the arguments, or <see langword="null"/>.</summary>
    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at > 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
