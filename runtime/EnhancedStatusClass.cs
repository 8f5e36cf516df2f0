namespace SmtpCodes;

/// <summary>The class of an enhanced status code (RFC 3463): its first number. The value of each member is that number.</summary>
public enum EnhancedStatusClass
{
    /// <summary>2.X.X: the action was successful.</summary>
    Success = 2,

    /// <summary>4.X.X: a persistent transient failure; the message is valid and a later attempt may succeed.</summary>
    PersistentTransientFailure = 4,

    /// <summary>5.X.X: a permanent failure; the message will not be delivered as sent.</summary>
    PermanentFailure = 5,
}
