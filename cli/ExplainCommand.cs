using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace SmtpCodes.Cli;

/// <summary><c>smtpcodes explain &lt;input&gt;</c>: explains a code, a name or a reply; <c>-</c> reads the reply from standard input.</summary>
internal static class ExplainCommand
{
    private const string StandardInput = "-";

    /// <summary>The most <c>explain -</c> reads from standard input: 1 MB of characters, far more than any reply.</summary>
    public const int MaxStandardInputLength = 1024 * 1024;

    /// <summary>Builds the command.</summary>
    /// <param name="options">The shared options.</param>
    /// <param name="stdin">Where <c>-</c> reads from.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where one-line errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(SharedOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // One argument: a reply with spaces is quoted. Joining several words would swallow a mistyped option as server text.
        var input = new Argument<string>("input")
        {
            Description = "A reply code (550), a name (MailboxUnavailable, any case), a reply (\"550 5.1.1 User unknown\"), or - to read a reply, one line or many, from standard input.",
            HelpName = "input",
        };
        input.CompletionSources.Add(CompletionWords());

        var command = new Command("explain", "Explain a reply code, a name or a server's reply.") { input };
        command.SetAction(parsed =>
        {
            CultureInfo culture = SmtpCulture.Resolve(parsed.GetValue(options.Culture));
            return Explain(parsed.GetValue(input) ?? string.Empty, parsed.GetValue(options.Json), culture, stdin, stdout, stderr);
        });
        return command;
    }

    private static int Explain(string argument, bool json, CultureInfo culture, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string input;
        if (string.Equals(argument, StandardInput, StringComparison.Ordinal))
        {
            try
            {
                if (ReadAtMost(stdin, MaxStandardInputLength) is not { } read)
                {
                    return ErrorLine.Report(stderr, CliText.ErrorStandardInputTooLong, culture);
                }

                input = read;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                return ErrorLine.Report(stderr, CliText.ErrorStandardInputUnreadable, culture, e.Message);
            }

            if (string.IsNullOrWhiteSpace(input))
            {
                return ErrorLine.Report(stderr, CliText.ErrorStandardInputEmpty, culture);
            }
        }
        else
        {
            input = argument;
        }

        if (!ReplyInput.TryExplain(input, culture, out Explanation? explanation, out string error))
        {
            return ErrorLine.Report(stderr, error);
        }

        if (json)
        {
            ExplanationWriter.WriteJson(stdout, explanation);
        }
        else
        {
            ExplanationWriter.WriteText(stdout, explanation, culture);
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads to the end, or stops and returns null once more than <paramref name="limit"/> characters have come.</summary>
    private static string? ReadAtMost(TextReader reader, int limit)
    {
        var text = new System.Text.StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > limit)
            {
                return null;
            }
        }

        return text.ToString();
    }

    private static string[] CompletionWords()
    {
        var words = new List<string>();
        foreach (SmtpReply reply in SmtpReplyInfo.GetValues())
        {
            words.Add(((int)reply).ToString(CultureInfo.InvariantCulture));
            words.Add(reply.ToStringFast());
        }

        return words.ToArray();
    }
}
