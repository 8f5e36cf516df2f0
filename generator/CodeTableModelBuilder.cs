using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator
{
    /// <summary>Builds the equatable model of one CSV: validates the enum name it asks for and parses the table.</summary>
    internal static class CodeTableModelBuilder
    {
        public static CodeTableModel Build(CodeFileInput input)
        {
            string fullName = input.EnumName ?? string.Empty;
            bool valid = IsValidTypeName(fullName);
            int dot = fullName.LastIndexOf('.');
            string ns = valid && dot >= 0 ? fullName.Substring(0, dot) : string.Empty;
            string name = valid ? fullName.Substring(dot + 1) : string.Empty;
            bool kindIsValid = TryReadKind(input.Kind, out CodeTableKind kind);
            CodeTableParseResult parse = CodeTableKinds.Parse(input.Text, kind, IsValidMemberName);
            string[] markers = input.VendorMarkers.Split(',').Select(m => m.Trim()).Where(m => m.Length > 0).ToArray();
            return new CodeTableModel(input.Path, fullName, valid, ns, name, kind, kindIsValid ? null : input.Kind, parse)
            {
                Vendor = input.Vendor.Trim().Length > 0 ? input.Vendor.Trim() : name,
                VendorMarkers = new EquatableArray<string>(markers),
            };
        }

        /// <summary>Reads <c>SmtpCodesKind</c> (see <see cref="CodeTableKinds.TryRead"/>).</summary>
        public static bool TryReadKind(string text, out CodeTableKind kind) => CodeTableKinds.TryRead(text, out kind);

        /// <summary>A dotted name whose every part is an identifier that needs no <c>@</c> (no keywords).</summary>
        public static bool IsValidTypeName(string fullName)
        {
            if (fullName.Length == 0)
            {
                return false;
            }

            foreach (string part in fullName.Split('.'))
            {
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// An identifier usable as an enum member. Keywords are fine (they are emitted with <c>@</c>);
        /// <c>value__</c> is the field the compiler gives every enum, so it cannot be a member.
        /// </summary>
        public static bool IsValidMemberName(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && !string.Equals(name, "value__", StringComparison.Ordinal);
    }
}
