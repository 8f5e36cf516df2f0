using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>What parsing a code table CSV produced: the table (null when the header is unusable) and every problem found.</summary>
    internal readonly record struct CodeTableParseResult(CodeTable? Table, EquatableArray<CodeTableProblem> Problems);
}
