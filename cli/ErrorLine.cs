using System;
using System.IO;

namespace SmtpCodes.Cli;

/// <summary>Bad input is reported as exactly one line on standard error, so scripts and logs can take it whole.</summary>
internal static class ErrorLine
{
    private const int MaxQuotedLength = 60;

    /// <summary>Writes <c>smtpcodes: message</c> and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="message">The message; any line breaks in it are turned into spaces.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    public static int Report(TextWriter stderr, string message)
    {
        stderr.WriteLine("smtpcodes: " + message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        return ExitCodes.BadInput;
    }

    /// <summary>Quotes user input for a message: its first line, shortened when long.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The quoted text, e.g. <c>'hello'</c>.</returns>
    public static string Quote(string input)
    {
        int lineBreak = input.IndexOfAny(['\r', '\n']);
        string line = lineBreak < 0 ? input : input.Substring(0, lineBreak) + " …";
        return "'" + (line.Length > MaxQuotedLength ? line.Substring(0, MaxQuotedLength) + "…" : line) + "'";
    }
}
