using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SmtpCodes.Cli;

/// <summary>
/// Reads what <c>explain</c> is given, in this order: a three-digit code ("550", or "599", which no table names), a
/// member name of <see cref="SmtpReply"/> in any case, or a server's reply, one line or many.
/// </summary>
internal static class ReplyInput
{
    /// <summary>
    /// Reads the input and explains it: a code, a name, an enhanced code on its own (<c>5.1.1</c>), a well-formed reply,
    /// or, leniently, any text that holds a reply or a known phrase (a bounce's diagnostic, a log line).
    /// </summary>
    /// <param name="input">The input as typed or piped; surrounding blank lines and each line's outer white space are ignored.</param>
    /// <param name="culture">The culture of the explanation.</param>
    /// <param name="explanation">The explanation, when there is something to explain.</param>
    /// <param name="error">Why there is not, as one line without the tool's name.</param>
    /// <returns><see langword="true"/> when the input can be explained.</returns>
    public static bool TryExplain(string input, CultureInfo culture, [NotNullWhen(true)] out Explanation? explanation, out string error)
    {
        explanation = null;
        string text = Normalize(input);
        if (TryRead(text, culture, out SmtpResponse response, out error))
        {
            bool bare = response.Text.Length == 0 && response.EnhancedCode is null;
            SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(bare ? ((int)response.Code).ToString(CultureInfo.InvariantCulture) : text);
            explanation = Explanation.Of((int)response.Code, response.EnhancedCode, bare ? null : response.Text, diagnosis, culture);
            return true;
        }

        if (text.Length == 0)
        {
            return false;
        }

        if (EnhancedStatusCode.TryParse(text.AsSpan(), out EnhancedStatusCode enhanced))
        {
            explanation = Explanation.Of(null, enhanced, null, SmtpDiagnosis.Analyze(text), culture);
            return true;
        }

        SmtpDiagnosis lenient = SmtpDiagnosis.Analyze(text);
        if (lenient.IsEmpty)
        {
            return false;
        }

        explanation = Explanation.Of(lenient.Code == 0 ? null : lenient.Code, lenient.EnhancedCode, lenient.Text, lenient, culture);
        error = string.Empty;
        return true;
    }

    /// <summary>Reads the input as a strict response; a code or a name becomes a response without enhanced code or text.</summary>
    private static bool TryRead(string text, CultureInfo culture, out SmtpResponse response, out string error)
    {
        response = default;
        error = string.Empty;
        if (text.Length == 0)
        {
            error = ErrorLine.Format(CliText.ErrorEmptyInput, culture);
            return false;
        }

        if (SmtpReplyDigits.TryParseCode(text.AsSpan(), out int code))
        {
            if (!SmtpReplyDigits.IsReplyCode(code))
            {
                error = ErrorLine.Format(CliText.ErrorNotReplyCode, culture, text);
                return false;
            }

            response = new SmtpResponse((SmtpReply)code, null, null);
            return true;
        }

        if (SmtpReplyInfo.TryParse(text.AsSpan(), out SmtpReply named))
        {
            response = new SmtpResponse(named, null, null);
            return true;
        }

        if (SmtpResponse.TryParse(text.AsSpan(), out response, out string? reason))
        {
            return true;
        }

        error = StartsWithCode(text)
            ? ErrorLine.Format(CliText.ErrorNotWellFormed, culture, reason ?? string.Empty)
            : ErrorLine.Format(CliText.ErrorNothingToExplain, culture, ErrorLine.Quote(text));
        return false;
    }

    /// <summary>Drops blank lines around the text and the white space around each line (pasted bounces are indented).</summary>
    private static string Normalize(string input)
    {
        var lines = new List<string>();
        foreach (string line in input.Split('\n'))
        {
            lines.Add(line.Trim());
        }

        int first = lines.FindIndex(line => line.Length > 0);
        if (first < 0)
        {
            return string.Empty;
        }

        int last = lines.FindLastIndex(line => line.Length > 0);
        return string.Join("\n", lines.GetRange(first, last - first + 1));
    }

    private static bool StartsWithCode(string text) =>
        text.Length >= 3 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);
}
