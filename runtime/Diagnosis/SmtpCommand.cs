using System;

namespace SmtpCodes;

/// <summary>
/// The step of an SMTP session a reply answered (RFC 5321, section 3). It tells a rejection of the address (at
/// <see cref="RcptTo"/>) from a rejection of the message (after <see cref="Data"/>), which the words of the reply often don't.
/// </summary>
public enum SmtpCommand
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>The greeting, before any command: the server refused the connection.</summary>
    Connect,

    /// <summary><c>EHLO</c> or <c>HELO</c>.</summary>
    Hello,

    /// <summary><c>STARTTLS</c>.</summary>
    StartTls,

    /// <summary><c>AUTH</c>.</summary>
    Auth,

    /// <summary><c>MAIL FROM</c>: the sender was refused.</summary>
    MailFrom,

    /// <summary><c>RCPT TO</c>: the recipient was refused.</summary>
    RcptTo,

    /// <summary><c>DATA</c>, <c>BDAT</c> or the end of the data: the message was refused after the recipients were accepted.</summary>
    Data,
}

/// <summary>Helpers for <see cref="SmtpCommand"/>.</summary>
public static class SmtpCommandExtensions
{
    /// <summary>
    /// The command as a session transcript and the rule tables' <c>command</c> column write it (RFC 5321's verbs:
    /// <c>RCPT</c>, <c>DATA</c>; <c>CONNECT</c> for the greeting), without <see cref="Enum.ToString()"/>'s reflection.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <returns>The verb, or <see langword="null"/> for <see cref="SmtpCommand.Unknown"/> and values outside the enum.</returns>
    public static string? ToVerb(this SmtpCommand command) => command switch
    {
        SmtpCommand.Connect => "CONNECT",
        SmtpCommand.Hello => "EHLO",
        SmtpCommand.StartTls => "STARTTLS",
        SmtpCommand.Auth => "AUTH",
        SmtpCommand.MailFrom => "MAIL",
        SmtpCommand.RcptTo => "RCPT",
        SmtpCommand.Data => "DATA",
        _ => null,
    };
}
