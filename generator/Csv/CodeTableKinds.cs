using System;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Reads the <c>SmtpCodesKind</c> metadata and parses a table by its kind; shared by the generator and the .resx
    /// task, so both read every CSV the same way.
    /// </summary>
    internal static class CodeTableKinds
    {
        private static readonly CodeTableKind[] Named = { CodeTableKind.Enhanced, CodeTableKind.Reason, CodeTableKind.Vendor, CodeTableKind.Rules, CodeTableKind.Text };

        /// <summary>Reads <c>SmtpCodesKind</c>: empty or <c>reply</c>, <c>enhanced</c>, <c>reason</c>, <c>vendor</c>, <c>rules</c> or <c>text</c> (ignoring case, ordinally).</summary>
        public static bool TryRead(string text, out CodeTableKind kind)
        {
            kind = CodeTableKind.Reply;
            string trimmed = text.Trim();
            if (trimmed.Length == 0 || string.Equals(trimmed, "reply", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (CodeTableKind candidate in Named)
            {
                if (string.Equals(trimmed, Name(candidate), StringComparison.OrdinalIgnoreCase))
                {
                    kind = candidate;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The <c>SmtpCodesKind</c> value that selects <paramref name="kind"/>.</summary>
        public static string Name(CodeTableKind kind) => kind switch
        {
            CodeTableKind.Enhanced => "enhanced",
            CodeTableKind.Reason => "reason",
            CodeTableKind.Vendor => "vendor",
            CodeTableKind.Rules => "rules",
            CodeTableKind.Text => "text",
            _ => "reply",
        };

        /// <summary>Parses <paramref name="text"/> as a table of <paramref name="kind"/>.</summary>
        public static CodeTableParseResult Parse(string text, CodeTableKind kind) =>
            kind == CodeTableKind.Reply || kind == CodeTableKind.Enhanced
                ? CodeTableParser.Parse(text, kind)
                : AttributeTableParser.Parse(text, kind);
    }
}
