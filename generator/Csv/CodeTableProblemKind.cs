namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Everything that can be wrong with a code table CSV. The numeric value is the diagnostic number:
    /// <c>HeaderInvalid</c> is SMTPGEN001. Never renumber: ids are tracked in AnalyzerReleases.*.md.
    /// </summary>
    internal enum CodeTableProblemKind
    {
        HeaderInvalid = 1,
        ColumnCount = 2,
        UnterminatedQuote = 3,
        InvalidCode = 4,
        DuplicateCode = 5,
        DuplicateName = 6,
        InvalidName = 7,
        EmptyEnglishText = 8,
        EmptyCultureText = 9,
        EmptyFile = 10,
        MalformedQuote = 11,
        InvalidSource = 12,
        InvalidEnumName = 13,
        DuplicateEnum = 14,
        InvalidCharacter = 15,
        InvalidKind = 16,

        // Numbered from 30, leaving 17 on to the table kinds being added in parallel. The build task reports two more
        // that only MSBuild can see: SMTPGEN032 (one CSV given two enums) and SMTPGEN033 (a culture column with no satellite).
        NameCollision = 30,
        InvalidEncoding = 31,

        // 040 onwards: the columns of reason, vendor and rule tables.
        InvalidValue = 40,
        DuplicateRule = 41,
    }
}
