using System.Globalization;
using System.Text;

namespace SmtpCodes.Cli;

/// <summary>
/// Makes text from outside (a server's reply, what the user typed or piped) safe to print to a terminal: characters
/// that a terminal acts on or that change how a line reads are written as <c>\uXXXX</c> instead. That is every control
/// character (C0 including ESC, NUL, CR, tab, VT and FF; DEL; C1 including U+0085), the line and paragraph separators
/// U+2028 and U+2029, invisible formatting characters (bidirectional overrides such as U+202E, zero-width characters,
/// the soft hyphen) and lone surrogates. Everything else, Turkish letters included, is printed as it is. Any command
/// that prints outside text, as text or as JSON, goes through <see cref="Escape"/>.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text; the same instance when nothing needed escaping.</returns>
    public static string Escape(string text)
    {
        int first = IndexOfUnsafe(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes each line of a text whose lines are joined by <c>\n</c>, keeping the <c>\n</c> between them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped lines, joined by <c>\n</c>.</returns>
    public static string EscapeLines(string text) => string.Join("\n", System.Array.ConvertAll(text.Split('\n'), Escape));

    private static int IndexOfUnsafe(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        {
            return true;
        }

        if (c < 0x7F)
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
    }
}
