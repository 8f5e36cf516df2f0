namespace SmtpCodes;

/// <summary>
/// The category of an SMTP reply, given by the second digit of its code (RFC 5321, section 4.2.1).
/// The value of each member is that digit.
/// </summary>
public enum SmtpReplyCategory
{
    /// <summary>Not a reply code, or a second digit RFC 5321 does not define (6–9).</summary>
    Unknown = -1,

    /// <summary>x0z: syntax errors, and commands that are syntactically right but unimplemented or superfluous.</summary>
    Syntax = 0,

    /// <summary>x1z: replies to requests for information, such as status or help.</summary>
    Information = 1,

    /// <summary>x2z: replies about the transmission channel.</summary>
    Connections = 2,

    /// <summary>x3z: not specified by RFC 5321.</summary>
    Unspecified3 = 3,

    /// <summary>x4z: not specified by RFC 5321.</summary>
    Unspecified4 = 4,

    /// <summary>x5z: the status of the receiver mail system for the requested transfer or other mail system action.</summary>
    MailSystem = 5,
}
