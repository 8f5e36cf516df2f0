namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// What only the bounce email says about time: a notice that the message is delayed (the server keeps trying), and a
/// notice that it gave up because the message waited too long (the reason Expired).
/// </summary>
internal static class Delays
{
    private static readonly string[] DelaySubjects =
    [
        "Delivery Status Notification (Delay)",
        "Warning: could not send message",
        "Delayed Mail",
        "Delivery delayed",
        "Delivery Delayed",
        "Message delayed",
        "Mail delivery delayed",
    ];

    private static readonly string[] DelayTexts =
    [
        "will continue trying",
        "will retry",
        "still trying",
        "has not yet been delivered",
        "has been delayed",
        "not been delivered yet",
        "delivery is delayed",
    ];

    private static readonly string[] ExpiryTexts =
    [
        "retry timeout exceeded",
        "retry time not reached for any host",
        "cannot send message for",
        "could not be delivered for",
        "delivery time expired",
        "message expired",
        "message has expired",
        "delivery expired",
        "has been in the queue too long",
        "in queue too long",
        "too long in the queue",
        "queue lifetime",
        "gave up after",
        "giving up on",
        "could not send message for past",
        "message could not be delivered within",
        "i'm not going to try again",
        "exceeded the maximum time",
        "the message was not delivered after",
        "expired after",
        "envelope expired",
        "could not deliver for the last",
        "failing for a long time",
        "did not accept our requests to connect",
        "message will be retried for",
    ];

    /// <summary>Whether the email is a notice that delivery is still being tried.</summary>
    public static bool IsDelayNotice(BounceEmail email, string diagnostic)
    {
        foreach (string subject in DelaySubjects)
        {
            if (TextLines.Has(email.Subject, subject))
            {
                return true;
            }
        }

        foreach (string text in DelayTexts)
        {
            if (TextLines.Has(diagnostic, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text says the message expired in the queue.</summary>
    public static bool SaysExpired(string text)
    {
        foreach (string phrase in ExpiryTexts)
        {
            if (TextLines.Has(text, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
