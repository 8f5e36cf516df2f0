using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// One problem found in a code table, with its position in the file (zero-based line and column,
    /// absolute offset and length) and the arguments of its message.
    /// </summary>
    internal readonly record struct CodeTableProblem(
        CodeTableProblemKind Kind,
        int Line,
        int Column,
        int Offset,
        int Length,
        EquatableArray<string> Arguments)
    {
        public static CodeTableProblem At(CodeTableProblemKind kind, CsvField field, params string[] arguments) =>
            new CodeTableProblem(kind, field.Line, field.Column, field.Offset, field.Length, new EquatableArray<string>(arguments));

        /// <summary>A row whose number of fields differs from the header's.</summary>
        public static CodeTableProblem ColumnCount(CsvRecord record, int expected) =>
            new CodeTableProblem(
                CodeTableProblemKind.ColumnCount, record.Line, 0, record.Offset, 0,
                new EquatableArray<string>(new[]
                {
                    expected.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    record.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));

        public static CodeTableProblem AtLine(CodeTableProblemKind kind, int line, int column, int offset, params string[] arguments) =>
            new CodeTableProblem(kind, line, column, offset, 0, new EquatableArray<string>(arguments));
    }
}
