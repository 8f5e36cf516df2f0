using System;
using System.Globalization;
using System.IO;

namespace SmtpCodes.Cli;

/// <summary>Bad input is reported as exactly one line on standard error, so scripts and logs can take it whole.</summary>
internal static class ErrorLine
{
    private const int MaxQuotedLength = 60;

    /// <summary>Writes <c>smtpcodes: message</c> and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="message">The message; line breaks in it become spaces, and other unsafe characters are escaped (<see cref="TerminalText"/>).</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    public static int Report(TextWriter stderr, string message) => Report(stderr, message, ExitCodes.BadInput);

    /// <summary>Writes <c>smtpcodes: message</c>, the message one of <c>cli-texts.csv</c> in the culture, filled with the arguments.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="message">The text's name.</param>
    /// <param name="culture">The culture of the text.</param>
    /// <param name="arguments">What fills its <c>{0}</c>, <c>{1}</c>.</param>
    /// <returns><see cref="ExitCodes.BadInput"/>.</returns>
    public static int Report(TextWriter stderr, CliText message, CultureInfo culture, params object[] arguments) =>
        Report(stderr, Format(message, culture, arguments));

    /// <summary>One of <c>cli-texts.csv</c>'s texts in the culture, filled with the arguments.</summary>
    /// <param name="message">The text's name.</param>
    /// <param name="culture">The culture of the text.</param>
    /// <param name="arguments">What fills its <c>{0}</c>, <c>{1}</c>.</param>
    /// <returns>The text.</returns>
    public static string Format(CliText message, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, message.Describe(culture), arguments);

    /// <summary>Writes <c>smtpcodes: message</c> as one line and returns <paramref name="exitCode"/>.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="message">The message; line breaks in it become spaces, and other unsafe characters are escaped (<see cref="TerminalText"/>).</param>
    /// <param name="exitCode">The exit code to return.</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    public static int Report(TextWriter stderr, string message, int exitCode)
    {
        string line = message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        stderr.WriteLine("smtpcodes: " + TerminalText.Escape(line));
        return exitCode;
    }

    /// <summary>Quotes user input for a message: its first line, shortened when long, with unsafe characters escaped.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The quoted text, e.g. <c>'hello'</c>.</returns>
    public static string Quote(string input)
    {
        int lineBreak = input.IndexOfAny(['\r', '\n']);
        string line = lineBreak < 0 ? input : input.Substring(0, lineBreak) + " …";
        return "'" + TerminalText.Escape(line.Length > MaxQuotedLength ? line.Substring(0, MaxQuotedLength) + "…" : line) + "'";
    }
}
