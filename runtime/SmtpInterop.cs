using System.Globalization;
using System.Net.Mail;

namespace SmtpCodes;

/// <summary>
/// Bridges to <c>System.Net.Mail</c>: conversions between <see cref="SmtpReply"/> and <see cref="SmtpStatusCode"/> (both
/// are valued by the reply code, so every value converts, named or not), and a one-call explanation of an
/// <see cref="SmtpException"/>.
/// </summary>
public static class SmtpInterop
{
    /// <summary>Converts to the System.Net.Mail status code with the same number.</summary>
    /// <param name="reply">The reply code.</param>
    /// <returns>The status code; its name may differ where SmtpStatusCode does not name the number.</returns>
    public static SmtpStatusCode ToSmtpStatusCode(this SmtpReply reply) => (SmtpStatusCode)(int)reply;

    /// <summary>Converts from the System.Net.Mail status code with the same number.</summary>
    /// <param name="statusCode">The status code. <see cref="SmtpStatusCode.GeneralFailure"/> (-1, no reply at all) is kept as -1, which is not a reply code.</param>
    /// <returns>The reply code.</returns>
    public static SmtpReply ToSmtpReply(this SmtpStatusCode statusCode) => (SmtpReply)(int)statusCode;

    /// <summary>
    /// Reads the reply behind an <see cref="SmtpException"/>: its status code, and the server's text with any enhanced
    /// status code, which System.Net.Mail puts after "The server response was: " in the message.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The response; its text is the server's, or the exception's message when the server's is not in it.</returns>
    public static SmtpResponse ToSmtpResponse(this SmtpException exception)
    {
        const string Marker = "The server response was: ";
        string message = exception.Message ?? string.Empty;
        int at = message.IndexOf(Marker, System.StringComparison.Ordinal);
        string text = at < 0 ? message : message.Substring(at + Marker.Length);
        return SmtpResponse.FromCodeAndText((int)exception.StatusCode, text);
    }

    /// <summary>Explains an <see cref="SmtpException"/> in one call: the reply code and any enhanced code, localized.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized explanation, as <see cref="SmtpResponse.Describe"/> gives it.</returns>
    public static string Explain(this SmtpException exception, CultureInfo? culture = null) =>
        exception.ToSmtpResponse().Describe(culture);

    /// <summary>
    /// Diagnoses an <see cref="SmtpException"/>: the bounce reason, whether it is a hard bounce, and what to do, from its
    /// status code and the server's text. An <see cref="SmtpFailedRecipientException"/> (or its plural) is a refusal at
    /// <c>RCPT TO</c>, and the diagnosis is told so (<see cref="SmtpDiagnosis.Command"/>).
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The diagnosis.</returns>
    public static SmtpDiagnosis Diagnose(this SmtpException exception)
    {
        SmtpResponse response = exception.ToSmtpResponse();
        SmtpCommand command = exception is SmtpFailedRecipientException ? SmtpCommand.RcptTo : SmtpCommand.Unknown;
        string text = response.EnhancedCode is { } e ? e + " " + response.Text : response.Text;
        return SmtpDiagnosis.Analyze((int)response.Code, text, new DiagnosisContext(null, null, command));
    }
}
