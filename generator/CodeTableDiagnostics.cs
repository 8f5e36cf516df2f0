using Microsoft.CodeAnalysis;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator
{
    /// <summary>The diagnostics the generator reports, one per <see cref="CodeTableProblemKind"/>, with stable ids.</summary>
    internal static class CodeTableDiagnostics
    {
        private const string Category = "SmtpCodes";

        public static DiagnosticDescriptor For(CodeTableProblemKind kind) => kind switch
        {
            CodeTableProblemKind.HeaderInvalid => HeaderInvalid,
            CodeTableProblemKind.ColumnCount => ColumnCount,
            CodeTableProblemKind.UnterminatedQuote => UnterminatedQuote,
            CodeTableProblemKind.InvalidCode => InvalidCode,
            CodeTableProblemKind.DuplicateCode => DuplicateCode,
            CodeTableProblemKind.DuplicateName => DuplicateName,
            CodeTableProblemKind.InvalidName => InvalidName,
            CodeTableProblemKind.EmptyEnglishText => EmptyEnglishText,
            CodeTableProblemKind.EmptyCultureText => EmptyCultureText,
            CodeTableProblemKind.EmptyFile => EmptyFile,
            CodeTableProblemKind.MalformedQuote => MalformedQuote,
            CodeTableProblemKind.InvalidSource => InvalidSource,
            CodeTableProblemKind.InvalidEnumName => InvalidEnumName,
            CodeTableProblemKind.DuplicateEnum => DuplicateEnum,
            CodeTableProblemKind.InvalidCharacter => InvalidCharacter,
            CodeTableProblemKind.InvalidValue => InvalidValue,
            CodeTableProblemKind.DuplicateRule => DuplicateRule,
            CodeTableProblemKind.NameCollision => NameCollision,
            CodeTableProblemKind.InvalidEncoding => InvalidEncoding,
            _ => InvalidKind,
        };

        public static readonly DiagnosticDescriptor HeaderInvalid = Error(
            "SMTPGEN001", "Invalid code table header", "The CSV header is not valid: {0}");

        public static readonly DiagnosticDescriptor ColumnCount = Error(
            "SMTPGEN002", "Wrong number of columns", "The row has {1} columns but the header has {0}");

        public static readonly DiagnosticDescriptor UnterminatedQuote = Error(
            "SMTPGEN003", "Unterminated quoted field", "The quoted field that starts here has no closing quote");

        public static readonly DiagnosticDescriptor InvalidCode = Error(
            "SMTPGEN004", "Invalid reply code", "Code '{0}' is not {1}");

        public static readonly DiagnosticDescriptor DuplicateCode = Error(
            "SMTPGEN005", "Duplicate reply code", "Code {0} is already defined on line {1}");

        public static readonly DiagnosticDescriptor DuplicateName = Error(
            "SMTPGEN006", "Duplicate name", "Name '{0}' is already used on line {1} (names are compared ignoring case)");

        public static readonly DiagnosticDescriptor InvalidName = Error(
            "SMTPGEN007", "Invalid name", "Name '{0}' cannot be an enum member: {1}");

        public static readonly DiagnosticDescriptor EmptyEnglishText = Error(
            "SMTPGEN008", "Missing English text", "{0} has no English ('en') text");

        public static readonly DiagnosticDescriptor EmptyCultureText = new DiagnosticDescriptor(
            "SMTPGEN009", "Missing translation", "{0} has no '{1}' text; the English text is used instead",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EmptyFile = Error(
            "SMTPGEN010", "Empty code table", "The table is empty: it needs the header '{0}' and one row per entry");

        public static readonly DiagnosticDescriptor MalformedQuote = Error(
            "SMTPGEN011", "Malformed quoting", "Malformed CSV quoting: {0}; quote a field that holds quotes and double the quotes inside it");

        public static readonly DiagnosticDescriptor InvalidSource = Error(
            "SMTPGEN012", "Invalid source", "Source '{0}' must be 'vendor' or RFC numbers separated by '/', such as '5321' or '3463/5248'");

        public static readonly DiagnosticDescriptor InvalidEnumName = Error(
            "SMTPGEN013", "Invalid enum name", "SmtpCodesEnum '{0}' is not a valid type name such as 'Acme.AcmeReply': {1}");

        public static readonly DiagnosticDescriptor DuplicateEnum = Error(
            "SMTPGEN014", "Enum generated twice", "Enum '{0}' is already generated from '{1}'; give each CSV its own SmtpCodesEnum");

        public static readonly DiagnosticDescriptor InvalidCharacter = Error(
            "SMTPGEN015", "Invalid character in text", "The '{1}' text of code {0} contains the control character U+{2}, which a .resx resource cannot hold");

        public static readonly DiagnosticDescriptor InvalidKind = Error(
            "SMTPGEN016", "Invalid table kind", "SmtpCodesKind '{0}' is not a table kind; use 'reply' (the default), 'enhanced', 'reason', 'vendor', 'rules' or 'text'");

        public static readonly DiagnosticDescriptor InvalidValue = Error(
            "SMTPGEN040", "Invalid value", "Column '{0}' holds '{1}', which is not {2}");

        public static readonly DiagnosticDescriptor DuplicateRule = Error(
            "SMTPGEN041", "Duplicate rule", "This rule's conditions ({0}) are those of the rule on line {1}, which is tried first, so this one can never decide; remove one of them");

        public static readonly DiagnosticDescriptor NameCollision = Error(
            "SMTPGEN030", "Generated names collide", "SmtpCodesEnum '{0}' generates '{1}', which is the same name (ignoring case) as '{2}' generated from '{3}'; rename one of the enums");

        public static readonly DiagnosticDescriptor InvalidEncoding = Error(
            "SMTPGEN031", "Code table is not UTF-8", "The code table is not valid UTF-8: {0}; save it as UTF-8");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
