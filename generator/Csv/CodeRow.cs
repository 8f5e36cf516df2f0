using System.Globalization;
using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// One row of a code table. <see cref="Texts"/> is aligned with <see cref="CodeTable.Cultures"/>; an empty text
    /// means "not translated, fall back to English".
    /// </summary>
    /// <remarks>
    /// <see cref="Code"/> is the row's sort key and identity: the reply code, or for enhanced rows
    /// <c>group * 1,000,000 + subject * 1,000 + detail</c> (group 0 = class, whose key is the class digit; 1 = subject; 2 = detail).
    /// </remarks>
    internal readonly record struct CodeRow(int Code, CodeRowKind Kind, string Name, string Source, EquatableArray<string> Texts, int Line)
    {
        private const int GroupSize = 1000000;

        /// <summary>
        /// The columns a reason, vendor or rule table has besides name and texts, in header order: a reason's
        /// <c>bounce</c>; a vendor entry's <c>tag</c> and <c>reason</c> (its status is <see cref="Source"/>); a rule's
        /// <c>reason,status,reply,phrase,vendor[,command]</c>. Empty for code tables.
        /// </summary>
        public EquatableArray<string> Extra { get; init; }

        public string EnglishText => Texts[0];

        /// <summary>Whether the row becomes an enum member (reply codes, enhanced details, reasons, vendor entries and texts do).</summary>
        public bool IsMember => Kind == CodeRowKind.Reply || Kind == CodeRowKind.EnhancedDetail || Kind == CodeRowKind.Reason || Kind == CodeRowKind.VendorEntry || Kind == CodeRowKind.Text;

        /// <summary>The enum member's value: the reply code, the position (reasons, vendor entries, texts), or <c>subject * 1000 + detail</c>.</summary>
        public int EnumValue => Kind == CodeRowKind.Reply || Kind == CodeRowKind.Reason || Kind == CodeRowKind.VendorEntry || Kind == CodeRowKind.Text ? Code : Code % GroupSize;

        /// <summary>The subject of an enhanced subject or detail row.</summary>
        public int Subject => Code % GroupSize / 1000;

        /// <summary>The detail of an enhanced detail row.</summary>
        public int Detail => Code % 1000;

        /// <summary>The code as written in the CSV's normal form: 550, 5.X.X, X.1.X or X.1.1.</summary>
        public string DisplayCode => Kind switch
        {
            CodeRowKind.EnhancedClass => Format(Code) + ".X.X",
            CodeRowKind.EnhancedSubject => "X." + Format(Subject) + ".X",
            CodeRowKind.EnhancedDetail => "X." + Format(Subject) + "." + Format(Detail),
            _ => Format(Code),
        };

        public static int EnhancedKey(CodeRowKind kind, int classDigit, int subject, int detail) => kind switch
        {
            CodeRowKind.EnhancedClass => classDigit,
            CodeRowKind.EnhancedSubject => GroupSize + (subject * 1000),
            _ => (2 * GroupSize) + (subject * 1000) + detail,
        };

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
