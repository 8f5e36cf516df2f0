namespace SmtpCodes.Generator.Model
{
    /// <summary>
    /// An additional file marked with <c>SmtpCodesEnum</c> metadata: its path, the enum it names, the table kind its
    /// <c>SmtpCodesKind</c> metadata names (empty for the default) and its text.
    /// </summary>
    internal readonly record struct CodeFileInput(string Path, string? EnumName, string Kind, string Text)
    {
        /// <summary>A vendor table's <c>SmtpCodesVendor</c> metadata: the vendor's name (empty: the enum's name).</summary>
        public string Vendor { get; init; } = string.Empty;

        /// <summary>A vendor table's <c>SmtpCodesVendorMarkers</c> metadata: host names and texts that identify it, comma-separated.</summary>
        public string VendorMarkers { get; init; } = string.Empty;
    }
}
