using System.Globalization;
using System.Text;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Makes CSV text safe to quote in a diagnostic message: at most <see cref="MaxQuotedLength"/> characters, and every
    /// character that would break or disguise an MSBuild error line (controls, NUL, line and paragraph separators,
    /// bidirectional and other invisible formatting characters, lone surrogates) written as <c>\uXXXX</c>.
    /// </summary>
    internal static class DiagnosticText
    {
        public const int MaxQuotedLength = 60;

        public static string Quote(string text)
        {
            var builder = new StringBuilder(System.Math.Min(text.Length, MaxQuotedLength) + 8);
            int shown = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (shown == MaxQuotedLength)
                {
                    return builder.Append('…').ToString();
                }

                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair)
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (NeedsEscape(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                shown++;
            }

            return builder.ToString();
        }

        private static bool NeedsEscape(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Control
                || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.Surrogate
                || c == '\uFFFE' || c == '\uFFFF';
        }
    }
}
