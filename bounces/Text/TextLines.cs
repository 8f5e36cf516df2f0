using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpCodes.Bounces;

/// <summary>Line and white-space helpers for bounce text, all ordinal.</summary>
internal static class TextLines
{
    /// <summary>Splits text on CRLF, LF or CR.</summary>
    public static string[] Split(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines.ToArray();
    }

    /// <summary>Collapses every run of white space (line breaks included) into one space and trims the ends.</summary>
    public static string Squeeze(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c < ' ')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="value"/>, ignoring ASCII case.</summary>
    public static bool Has(string text, string value) => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="value"/>, ignoring ASCII case.</summary>
    public static bool Starts(string text, string value) => text.StartsWith(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index of the first line at or after <paramref name="from"/> that contains any of the markers, or -1.</summary>
    public static int FindLine(string[] lines, int from, params string[] markers)
    {
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            foreach (string marker in markers)
            {
                if (lines[i].IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The part of a header-like line after its first colon, trimmed.</summary>
    public static string AfterColon(string line)
    {
        int colon = line.IndexOf(':');
        return colon < 0 ? line.Trim() : line.Substring(colon + 1).Trim();
    }
}
