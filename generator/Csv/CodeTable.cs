using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// The valid content of a code table CSV: its culture columns (the first is always <c>en</c>, the neutral
    /// language) and its rows sorted by code.
    /// </summary>
    internal readonly record struct CodeTable(EquatableArray<string> Cultures, EquatableArray<CodeRow> Rows);
}
