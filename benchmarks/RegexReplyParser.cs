using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// The reply parser a user would write without <see cref="SmtpResponse"/>: one compiled, static regular expression per
/// line, lines split on LF with any CR trimmed, the code checked to be the same on every line, <c>-</c> on every line but
/// the last, the first enhanced code kept and the texts joined by <c>\n</c>. It produces the same fields as
/// <see cref="SmtpResponse.TryParse(string?, out SmtpResponse)"/>, which the benchmark checks before measuring.
/// </summary>
internal static class RegexReplyParser
{
    private static readonly Regex Line = new(
        @"^(\d{3})([ -])(?:(\d\.\d{1,3}\.\d{1,3}) )?(.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static bool TryParse(string reply, out SmtpResponse response)
    {
        response = default;
        string[] lines = reply.TrimEnd('\r', '\n').Split('\n');
        var texts = new List<string>(lines.Length);
        int code = 0;
        EnhancedStatusCode? enhanced = null;
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = Line.Match(lines[i].TrimEnd('\r'));
            if (!match.Success)
            {
                return false;
            }

            int lineCode = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            bool last = i == lines.Length - 1;
            if ((i > 0 && lineCode != code) || match.Groups[2].Value == (last ? "-" : " "))
            {
                return false;
            }

            code = lineCode;
            if (enhanced is null && match.Groups[3].Success)
            {
                enhanced = EnhancedStatusCode.Parse(match.Groups[3].Value);
            }

            texts.Add(match.Groups[4].Value);
        }

        response = new SmtpResponse((SmtpReply)code, enhanced, string.Join("\n", texts));
        return true;
    }
}
