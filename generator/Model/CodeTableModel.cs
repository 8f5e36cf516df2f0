using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Model
{
    /// <summary>
    /// Everything the emitters need for one CSV, as plain equatable values (no symbols, syntax or locations),
    /// so the incremental pipeline can cache it.
    /// </summary>
    internal readonly record struct CodeTableModel(
        string Path,
        string EnumFullName,
        string? InvalidEnumNameReason,
        string Namespace,
        string EnumName,
        CodeTableKind Kind,
        string? InvalidKind,
        CodeTableParseResult Parse)
    {
        public string FileName => System.IO.Path.GetFileName(Path);

        public bool EnumNameIsValid => InvalidEnumNameReason is null;
    }
}
