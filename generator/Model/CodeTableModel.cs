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
        bool EnumNameIsValid,
        string Namespace,
        string EnumName,
        CodeTableKind Kind,
        string? InvalidKind,
        CodeTableParseResult Parse)
    {
        public string FileName => System.IO.Path.GetFileName(Path);

        /// <summary>For a vendor table: the vendor's name (never empty; the enum's name when no metadata gives one).</summary>
        public string Vendor { get; init; } = string.Empty;

        /// <summary>For a vendor table: the host names and texts that identify the vendor, trimmed, without empties.</summary>
        public EquatableArray<string> VendorMarkers { get; init; }
    }
}
