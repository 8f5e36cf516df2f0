using System;
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
                : CodeTableParser.Parse(input.Text, kind);
            return new CodeTableModel(
                input.Path, valid ? fullName : DiagnosticText.Quote(fullName), whyNot, ns, name, kind, kindIsValid ? null : DiagnosticText.Quote(input.Kind), parse);
        }

        /// <summary>Reads <c>SmtpCodesKind</c>: empty or <c>reply</c>, or <c>enhanced</c> (ignoring case, ordinally).</summary>
        public static bool TryReadKind(string text, out CodeTableKind kind)
        {
            kind = CodeTableKind.Reply;
            string trimmed = text.Trim();
            if (trimmed.Length == 0 || string.Equals(trimmed, "reply", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(trimmed, "enhanced", StringComparison.OrdinalIgnoreCase))
            {
                kind = CodeTableKind.Enhanced;
                return true;
            }

            return false;
        }
    }
}
