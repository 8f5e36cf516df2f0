namespace SmtpCodes;

/// <summary>
/// The class of an SMTP reply, given by the first digit of its code (RFC 5321, section 4.2.1).
/// The value of each member is that digit.
/// </summary>
public enum SmtpReplyClass
{
    /// <summary>Not a reply code: the value is outside 100–599.</summary>
    Unknown = 0,

    /// <summary>1yz: the command was accepted, but the action is on hold until a confirming reply.</summary>
    PositivePreliminary = 1,

    /// <summary>2yz: the requested action was completed successfully.</summary>
    PositiveCompletion = 2,

    /// <summary>3yz: the command was accepted, but more information is needed to complete it.</summary>
    PositiveIntermediate = 3,

    /// <summary>4yz: a temporary failure; the same command may succeed if it is repeated later.</summary>
    TransientNegative = 4,

    /// <summary>5yz: a permanent failure; repeating the same command will not help.</summary>
    PermanentNegative = 5,
}
