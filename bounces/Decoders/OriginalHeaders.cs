using System;
using System.Text;
using MimeKit.Utils;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>Reads headers of the returned message when a text bounce quotes them inline rather than attaching them.</summary>
internal static class OriginalHeaders
{
    /// <summary>The first <c>Name: value</c> line at or after <paramref name="from"/>, unfolded and RFC 2047-decoded; <see langword="null"/> if none.</summary>
    public static string? Find(string[] lines, int from, string name)
    {
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            string line = lines[i];
            if (!IsField(line, name))
            {
                continue;
            }

            var value = new StringBuilder(line.Substring(name.Length + 1).Trim());
            for (int j = i + 1; j < lines.Length && lines[j].Length > 0 && (lines[j][0] == ' ' || lines[j][0] == '\t'); j++)
            {
                value.Append(' ').Append(lines[j].Trim());
            }

            string text = value.ToString();
            if (text.IndexOf("=?", StringComparison.Ordinal) >= 0)
            {
                text = MimeKit.Utils.Rfc2047.DecodeText(Encoding.UTF8.GetBytes(text));
            }

            return text;
        }

        return null;
    }

    /// <summary>How many <c>Name:</c> lines there are at or after <paramref name="from"/> (a field given more than once, such as <c>Received</c>).</summary>
    public static int Count(string[] lines, int from, string name)
    {
        int count = 0;
        for (int i = Math.Max(0, from); i < lines.Length; i++)
        {
            count += IsField(lines[i], name) ? 1 : 0;
        }

        return count;
    }

    private static bool IsField(string line, string name) =>
        line.Length > name.Length && line[name.Length] == ':' && line.StartsWith(name, StringComparison.OrdinalIgnoreCase);
}
