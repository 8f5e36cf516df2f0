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

        /// <summary>A bounce reason (a member).</summary>
        Reason,

        /// <summary>The action text of a bounce reason (not a member; its key is the reason's name plus <c>.Action</c>).</summary>
        ReasonAction,

        /// <summary>A vendor's documented code (a member).</summary>
        VendorEntry,

        /// <summary>A classification rule (no member, no text).</summary>
        Rule,

        /// <summary>A text of a text table (a member, valued by its position).</summary>
        Text,
    }
}
