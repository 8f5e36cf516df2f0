namespace SmtpCodes;

/// <summary>
/// What is known about a reply besides its text, such as a bounce email's delivery-status fields; it helps
/// <see cref="SmtpDiagnosis.Analyze(string, DiagnosisContext)"/> where the text alone is not enough.
/// </summary>
public readonly struct DiagnosisContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="status">The status reported beside the text (a DSN's <c>Status:</c> field); used when the text has none.</param>
    /// <param name="remoteHost">The server that sent the reply (a DSN's <c>Remote-MTA:</c>); it identifies vendors such as Google.</param>
    public DiagnosisContext(EnhancedStatusCode? status, string? remoteHost)
        : this(status, remoteHost, SmtpCommand.Unknown)
    {
    }

    /// <summary>Creates a context that also says which command the reply answered.</summary>
    /// <param name="status">The status reported beside the text (a DSN's <c>Status:</c> field); used when the text has none.</param>
    /// <param name="remoteHost">The server that sent the reply (a DSN's <c>Remote-MTA:</c>); it identifies vendors such as Google.</param>
    /// <param name="command">The command the reply answered, from a session transcript (<c>&gt;&gt;&gt; DATA</c>); used when the text does not say.</param>
    public DiagnosisContext(EnhancedStatusCode? status, string? remoteHost, SmtpCommand command)
    {
        Status = status;
        RemoteHost = remoteHost;
        Command = command;
    }

    /// <summary>The status reported beside the text, used when the text has none.</summary>
    public EnhancedStatusCode? Status { get; }

    /// <summary>The host name of the server that sent the reply.</summary>
    public string? RemoteHost { get; }

    /// <summary>The command the reply answered, when the bounce says so outside the text.</summary>
    public SmtpCommand Command { get; }
}
