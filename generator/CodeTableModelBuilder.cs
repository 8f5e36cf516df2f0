using System;
using System.Linq;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Model;
using SmtpCodes.Generator.Names;

namespace SmtpCodes.Generator
{
    /// <summary>Builds the equatable model of one CSV: validates the enum name it asks for and parses the table.</summary>
    internal static class CodeTableModelBuilder
    {
        public static CodeTableModel Build(CodeFileInput input)
        {
            // The targets and the task trim the name the same way, so the resources get the enum's name.
            string fullName = (input.EnumName ?? string.Empty).Trim();
            string? whyNot = GeneratedNameRules.CheckEnumName(fullName);
            bool valid = whyNot is null;
            int dot = fullName.LastIndexOf('.');
            string ns = valid && dot >= 0 ? fullName.Substring(0, dot) : string.Empty;
            string name = valid ? fullName.Substring(dot + 1) : string.Empty;
            bool kindIsValid = TryReadKind(input.Kind, out CodeTableKind kind);
            CodeTableParseResult parse = input.EncodingProblem is { } encoding
                ? new CodeTableParseResult(null, new EquatableArray<CodeTableProblem>(new[]
                {
                    CodeTableProblem.AtLine(CodeTableProblemKind.InvalidEncoding, 0, 0, 0, encoding),
                }))
                : CodeTableKinds.Parse(input.Text, kind);
            string[] markers = input.VendorMarkers.Split(',').Select(m => m.Trim()).Where(m => m.Length > 0).ToArray();
            return new CodeTableModel(
                input.Path, valid ? fullName : DiagnosticText.Quote(fullName), whyNot, ns, name, kind, kindIsValid ? null : DiagnosticText.Quote(input.Kind), parse)
            {
                Vendor = input.Vendor.Trim().Length > 0 ? input.Vendor.Trim() : name,
                VendorMarkers = new EquatableArray<string>(markers),
            };
        }

        /// <summary>Reads <c>SmtpCodesKind</c> (see <see cref="CodeTableKinds.TryRead"/>).</summary>
        public static bool TryReadKind(string text, out CodeTableKind kind) => CodeTableKinds.TryRead(text, out kind);
    }
}
