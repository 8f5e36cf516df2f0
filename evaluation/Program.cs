using System;
using System.IO;

namespace SmtpCodes.Evaluation;

/// <summary>
/// <c>diagnostics &lt;diagnostics.jsonl&gt;</c>: scores <see cref="SmtpDiagnosis"/> against expected reply codes, enhanced
/// codes, reasons and hard bounces. The data is read from where it is; nothing of it is kept in the repository.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 2 && string.Equals(args[0], "diagnostics", StringComparison.Ordinal))
        {
            if (!File.Exists(args[1]))
            {
                Console.Error.WriteLine("evaluation: no such file: " + args[1]);
                return 2;
            }

            return DiagnosisEvaluation.Run(args[1], Console.Out);
        }

        Console.Error.WriteLine("usage: evaluation diagnostics <diagnostics.jsonl>");
        return 2;
    }
}
