namespace SmtpCodes.Cli;

/// <summary>What the tool returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The input was not something to explain (not a code, a name or a reply; empty; unreadable standard input), an option
    /// had a bad value, or the command line itself did not parse.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>
    /// The output could not be written (a full disk, a closed pipe): reported as one line on standard error. The value
    /// is EX_IOERR from BSD's sysexits.h.
    /// </summary>
    public const int OutputFailed = 74;
}
