using System;
using System.IO;

namespace SmtpCodes.Evaluation;

/// <summary>Entry point: one command per evaluation.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "bounces")
        {
            return BounceEvaluation.Run(args[1], args[2], Console.Out, mismatches: Array.IndexOf(args, "--mismatches") > 0);
        }

        if (args.Length == 2 && args[0] == "decode")
        {
            foreach (SmtpCodes.Bounces.BounceResult r in SmtpCodes.Bounces.BounceDecoder.DecodeFile(args[1]))
            {
                Console.WriteLine($"{r.Recipient} [{r.DecodedBy}] {r.Action} status={r.Status} code={r.ReplyCode} reason={r.Reason} remote={r.RemoteMta} | {r.Diagnostic}");
            }

            return 0;
        }

        Console.Error.WriteLine("usage: bounces <emails folder> <expected.jsonl> [--mismatches]");
        return 2;
    }
}
