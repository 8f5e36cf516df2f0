namespace SmtpCodes.Bounces;

/// <summary>What happened to the message for one recipient: the DSN <c>Action</c> field (RFC 3464, section 2.3.3).</summary>
public enum BounceAction
{
    /// <summary>The email does not say, and nothing in it implies an action.</summary>
    Unknown = 0,

    /// <summary>The message could not be delivered and will not be retried.</summary>
    Failed = 1,

    /// <summary>The message has not been delivered yet; the server keeps trying, or gave up after a delay.</summary>
    Delayed = 2,

    /// <summary>The message was delivered (a success notice, or an auto-reply that shows it arrived).</summary>
    Delivered = 3,

    /// <summary>The message was relayed to a system that sends no further notices.</summary>
    Relayed = 4,

    /// <summary>The message was delivered to an address that expanded into several (a list or an alias).</summary>
    Expanded = 5,
}
