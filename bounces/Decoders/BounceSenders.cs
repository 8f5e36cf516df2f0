namespace SmtpCodes.Bounces.Decoders;

/// <summary>Signs that an email comes from mail software reporting on a delivery rather than from a person.</summary>
internal static class BounceSenders
{
    private static readonly string[] DaemonNames = ["mailer-daemon", "postmaster", "mail delivery", "maildaemon", "mail-daemon", "bounce", "mdaemon", "system administrator", "mailer_daemon", "nobody@"];

    private static readonly string[] BounceSubjects =
    [
        "undeliver", "undelivered", "delivery status notification", "returned mail", "delivery failure", "delivery failed",
        "mail delivery failed", "failure notice", "non remis", "unzustellbar", "nondeliverable", "non-deliverable",
        "could not send message", "mail system error", "delivery problem", "delivery notification", "failed delivery",
        "undeliverable", "returned to sender", "mail failure", "delivery report", "message not delivered", "error sending message",
        "permanent error", "rejected", "delivery has failed", "delivery status", "notice of delivery", "warning: message",
    ];

    /// <summary>Whether the From address or name is a mailer daemon, a postmaster or the like.</summary>
    public static bool IsDaemon(BounceEmail email)
    {
        foreach (string name in DaemonNames)
        {
            if (TextLines.Has(email.FromAddress, name) || TextLines.Has(email.FromName, name))
            {
                return true;
            }
        }

        return email.FromAddress.Length == 0 && email.Header("Return-Path") is { } path && path.Trim() == "<>";
    }

    private static readonly string[] BounceBodies =
    [
        "could not be delivered to", "message could not be delivered", "was not delivered to", "delivery has failed",
        "invalid user address", "no valid recipients", "undeliverable to", "permanent fatal errors",
    ];

    /// <summary>Whether the start of the notice reads like a bounce.</summary>
    public static bool HasBounceBody(BounceEmail email)
    {
        string start = email.Body.Length > 3000 ? email.Body.Substring(0, 3000) : email.Body;
        foreach (string phrase in BounceBodies)
        {
            if (TextLines.Has(start, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the subject reads like a bounce.</summary>
    public static bool HasBounceSubject(BounceEmail email)
    {
        foreach (string phrase in BounceSubjects)
        {
            if (TextLines.Has(email.Subject, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
