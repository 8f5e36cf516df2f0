namespace SmtpCodes.Generator.Csv
{
    /// <summary>What one row of a code table stands for.</summary>
    internal enum CodeRowKind
    {
        /// <summary>A reply code such as 550.</summary>
        Reply,

        /// <summary>An enhanced status class such as 5.X.X.</summary>
        EnhancedClass,

        /// <summary>An enhanced status subject such as X.1.X.</summary>
        EnhancedSubject,

        /// <summary>An enhanced status detail such as X.1.1.</summary>
        EnhancedDetail,
    }
}
