using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace SmtpCodes.Cli;

/// <summary>The <c>smtpcodes</c> entry point.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Turkish text must reach the terminal intact whatever the console's code page.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return Run(args, stdin, Console.Out, Console.Error);
    }

    /// <summary>Reports output that could not be written as one line, if standard error can still take it.</summary>
    private static int ReportOutputFailure(TextWriter stderr, IOException e)
    {
        try
        {
            return ErrorLine.Report(stderr, "cannot write the output: " + e.Message, ExitCodes.OutputFailed);
        }
        catch (IOException)
        {
            return ExitCodes.OutputFailed;
        }
    }

    /// <summary>
    /// Runs one command line against the given streams, which is all <see cref="Main"/> does; tests call it in-process.
    /// </summary>
    /// <param name="args">The arguments, without the command name.</param>
    /// <param name="stdin">Where <c>explain -</c> reads the reply from.</param>
    /// <param name="stdout">Where results (and System.CommandLine's help) go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>
    /// <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.BadInput"/> for bad input or a command line that does not
    /// parse, or <see cref="ExitCodes.OutputFailed"/> when the output cannot be written.
    /// </returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        RootCommand root = SmtpCodesCommand.Create(stdin, stdout, stderr);
        ParseResult parsed = root.Parse(args);
        int exit;
        try
        {
            // Without the default handler a write error reaches this catch instead of being printed as a stack trace.
            exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
        }
        catch (IOException e)
        {
            return ReportOutputFailure(stderr, e);
        }

        // System.CommandLine reports parse errors (unknown command or option, missing argument) with exit code 1;
        // everything that is the caller's mistake is 2 here.
        return parsed.Errors.Count > 0 ? ExitCodes.BadInput : exit;
    }
}
