namespace SmtpCodes;

// PLACEHOLDER until the classifier (issue 9) lands on main with its generated BounceReason: this file is deleted at that
// merge. The members match the planned reasons.csv so that the decoders compile against the same names.

/// <summary>Why a message bounced: a closed taxonomy of reasons.</summary>
public enum BounceReason
{
    /// <summary>No reason could be determined.</summary>
    Undefined = 0,
    /// <summary>Authentication (SPF, DKIM, DMARC) failed.</summary>
    AuthFailure,
    /// <summary>The sending IP or domain has a bad reputation.</summary>
    BadReputation,
    /// <summary>The sending IP was blocked.</summary>
    Blocked,
    /// <summary>The content was rejected.</summary>
    ContentError,
    /// <summary>The message was delivered.</summary>
    Delivered,
    /// <summary>A limit was exceeded.</summary>
    ExceedLimit,
    /// <summary>Delivery timed out.</summary>
    Expired,
    /// <summary>STARTTLS failed.</summary>
    FailedStartTLS,
    /// <summary>A feedback (abuse) report.</summary>
    Feedback,
    /// <summary>Filtered by the recipient's system.</summary>
    Filtered,
    /// <summary>The recipient has moved.</summary>
    HasMoved,
    /// <summary>The recipient's domain does not exist.</summary>
    HostUnknown,
    /// <summary>The recipient's mailbox is full.</summary>
    MailboxFull,
    /// <summary>The mailer program failed.</summary>
    MailerError,
    /// <summary>The message is too big.</summary>
    MesgTooBig,
    /// <summary>A network error.</summary>
    NetworkError,
    /// <summary>Relaying denied.</summary>
    NoRelaying,
    /// <summary>The domain accepts no mail.</summary>
    NotAccept,
    /// <summary>The message does not comply with the RFCs.</summary>
    NotCompliantRFC,
    /// <summary>Held; the reason is not known yet.</summary>
    OnHold,
    /// <summary>A policy was violated.</summary>
    PolicyViolation,
    /// <summary>The sender was rejected.</summary>
    Rejected,
    /// <summary>A PTR record is required.</summary>
    RequirePTR,
    /// <summary>A security error.</summary>
    SecurityError,
    /// <summary>Detected as spam.</summary>
    SpamDetected,
    /// <summary>Sending too fast.</summary>
    Speeding,
    /// <summary>The recipient is on a suppression list.</summary>
    Suppressed,
    /// <summary>The mailbox is suspended.</summary>
    Suspend,
    /// <summary>An SMTP syntax error.</summary>
    SyntaxError,
    /// <summary>A system error at the receiver.</summary>
    SystemError,
    /// <summary>The receiver's disk is full.</summary>
    SystemFull,
    /// <summary>Too many connections.</summary>
    TooManyConn,
    /// <summary>The mailbox does not exist.</summary>
    UserUnknown,
    /// <summary>An auto-reply.</summary>
    Vacation,
    /// <summary>A virus was detected.</summary>
    VirusDetected,
}
