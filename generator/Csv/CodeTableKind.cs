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

        /// <summary>
        /// Bounce reasons: <c>name,bounce,en[,culture...],action.en[,action.culture...]</c>. Each row is a member valued by its
        /// position; <c>bounce</c> is <c>hard</c>, <c>soft</c> or <c>none</c>, and the <c>action.*</c> columns say what to do.
        /// </summary>
        Reason = 2,

        /// <summary>
        /// One vendor's documented codes: <c>status,tag,name,reason,en[,culture...]</c>. A row matches a reply with that
        /// enhanced status and, when <c>tag</c> is not empty, that text in it.
        /// </summary>
        Vendor = 3,

        /// <summary>
        /// Classification rules: <c>reason,status,reply,phrase,vendor[,command]</c>, tried in file order; no texts and no enum, only
        /// the data of the matcher.
        /// </summary>
        Rules = 4,

        /// <summary>
        /// Texts of a program itself, such as a tool's labels: <c>name,en[,culture...]</c>. Each row is a member valued by
        /// its position, with one text per culture; no codes and no classification.
        /// </summary>
        Text = 5,
    }
}
