namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// What the <c>code</c> column of a table holds, chosen by the <c>SmtpCodesKind</c> item metadata.
    /// </summary>
    internal enum CodeTableKind
    {
        /// <summary>Three-digit SMTP reply codes, 100–599 (RFC 5321). The default.</summary>
        Reply = 0,

        /// <summary>
        /// Enhanced status codes (RFC 3463): class rows <c>5.X.X</c>, subject rows <c>X.1.X</c> and detail rows
        /// <c>X.1.1</c>. Only detail rows become enum members; class and subject rows are texts to fall back on.
        /// </summary>
        Enhanced = 1,
    }
}
