using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Xunit;
using ServerReplyCode = SmtpServer.Protocol.SmtpReplyCode;
using ServerResponse = SmtpServer.Protocol.SmtpResponse;

namespace SmtpCodes.Tests.Integration;

/// <summary>
/// MailKit's <see cref="SmtpClient"/> talks to a real SMTP server (the SmtpServer package) on 127.0.0.1 that accepts
/// good@example.com and rejects other recipients at RCPT with fixed replies; the rejection MailKit raises is turned
/// into an <see cref="SmtpResponse"/> and explained.
/// </summary>
public class MailKitSmtpServerTests
{
    private const string Sender = "sender@example.com";
    private const string Good = "good@example.com";
    private const string Bad = "bad@example.com";
    private const string Greylisted = "grey@example.com";
    private const string Plain = "plain@example.com";
    private const string BadText = "<bad@example.com>: Recipient address rejected: User unknown";
    private const string GreylistedText = "<grey@example.com>: Recipient address rejected: Greylisted, try again later";

    /// <summary>A hang fails the test after this long instead of blocking the build.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, ServerResponse> Rejections = new(StringComparer.OrdinalIgnoreCase)
    {
        [Bad] = new ServerResponse(ServerReplyCode.MailboxUnavailable, "5.1.1 " + BadText),
        [Greylisted] = new ServerResponse(ServerReplyCode.Aborted, "4.7.1 " + GreylistedText),
        [Plain] = new ServerResponse(ServerReplyCode.MailboxUnavailable, "User unknown"),
    };

    [Fact]
    public async Task The_accepted_recipient_gets_the_message()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        await using LoopbackSmtpServer server = await LoopbackSmtpServer.StartAsync(Rejections);

        await SendAsync(server.Port, Message("Merhaba", Good), deadline.Token);

        ReceivedMessage received = Assert.Single(server.Messages);
        Assert.Equal(Sender, received.From);
        Assert.Equal(new[] { Good }, received.To);
        Assert.Equal("Merhaba", received.Subject);
        Assert.Equal("Gövde", received.Body.TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task A_rejected_recipient_is_explained_in_Turkish_from_MailKits_exception()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        await using LoopbackSmtpServer server = await LoopbackSmtpServer.StartAsync(Rejections);

        SmtpCommandException ex = await Assert.ThrowsAsync<SmtpCommandException>(
            () => SendAsync(server.Port, Message("Reddedilecek", Good, Bad), deadline.Token));

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, ex.ErrorCode);
        Assert.Equal(550, (int)ex.StatusCode);
        Assert.Equal(Bad, ex.Mailbox?.Address);
        // MailKit's message is the server's text without the reply code; the enhanced code is still in it.
        Assert.StartsWith("5.1.1 " + BadText, ex.Message, StringComparison.Ordinal);

        SmtpResponse response = SmtpResponse.FromCodeAndText((int)ex.StatusCode, ex.Message);

        Assert.Equal(SmtpReply.MailboxUnavailable, response.Code);
        Assert.Equal(EnhancedStatusCode.Parse("5.1.1"), response.EnhancedCode);
        Assert.Equal(EnhancedStatus.BadDestinationMailboxAddress, response.EnhancedCode!.Value.Status);
        Assert.True(response.Code.IsPermanent());
        Assert.Equal(
            "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi) (5.1.1 Kalıcı hata: Geçersiz hedef posta kutusu adresi)",
            response.Describe(new CultureInfo("tr-TR")));
        // The server's own words survive, with only the enhanced code taken off the front.
        Assert.StartsWith(BadText, response.Text, StringComparison.Ordinal);
        Assert.Contains(Bad, response.Text, StringComparison.Ordinal);

        // The code and the text as MailKit splits them are enough for the diagnosis too.
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze((int)ex.StatusCode, ex.Message);
        Assert.Equal(550, diagnosis.Code);
        Assert.Equal("5.1.1", diagnosis.EnhancedCode?.ToString());
        Assert.Equal(BounceReason.UserUnknown, diagnosis.Reason);
        // MailKit gives up on the whole message, so the accepted recipient got nothing either.
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task MailKits_error_code_says_the_refusal_was_at_RCPT_TO_when_the_reply_has_no_status()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        await using LoopbackSmtpServer server = await LoopbackSmtpServer.StartAsync(Rejections);

        SmtpCommandException ex = await Assert.ThrowsAsync<SmtpCommandException>(
            () => SendAsync(server.Port, Message("Durum kodu yok", Plain), deadline.Token));
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, ex.ErrorCode);

        // "550 User unknown" alone could be a filter; refused at RCPT TO, it is the mailbox that is missing.
        SmtpCommand command = ex.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => SmtpCommand.RcptTo,
            SmtpErrorCode.SenderNotAccepted => SmtpCommand.MailFrom,
            SmtpErrorCode.MessageNotAccepted => SmtpCommand.Data,
            _ => SmtpCommand.Unknown,
        };
        SmtpDiagnosis withCommand = SmtpDiagnosis.Analyze((int)ex.StatusCode, ex.Message, new DiagnosisContext(null, null, command));
        SmtpDiagnosis textOnly = SmtpDiagnosis.Analyze((int)ex.StatusCode, ex.Message);

        Assert.Equal((550, (EnhancedStatusCode?)null), (withCommand.Code, withCommand.EnhancedCode));
        Assert.Equal((BounceReason.UserUnknown, true, SmtpCommand.RcptTo), (withCommand.Reason, withCommand.IsHardBounce, withCommand.Command));
        Assert.Equal((BounceReason.Filtered, false), (textOnly.Reason, textOnly.IsHardBounce));
    }

    [Fact]
    public async Task A_greylisted_recipient_is_transient_and_explained_in_English()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        await using LoopbackSmtpServer server = await LoopbackSmtpServer.StartAsync(Rejections);

        SmtpCommandException ex = await Assert.ThrowsAsync<SmtpCommandException>(
            () => SendAsync(server.Port, Message("Sonra tekrar", Greylisted), deadline.Token));

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, ex.ErrorCode);
        Assert.Equal(451, (int)ex.StatusCode);

        SmtpResponse response = SmtpResponse.FromCodeAndText((int)ex.StatusCode, ex.Message);

        Assert.Equal(SmtpReply.LocalErrorInProcessing, response.Code);
        Assert.True(response.Code.IsTransient());
        Assert.False(response.Code.IsPermanent());
        Assert.Equal(EnhancedStatusCode.Parse("4.7.1"), response.EnhancedCode);
        Assert.Equal(EnhancedStatus.DeliveryNotAuthorized, response.EnhancedCode!.Value.Status);
        Assert.Equal(
            "Requested action aborted: local error in processing"
                + " (4.7.1 Persistent transient failure: Delivery not authorized, message refused)",
            response.Describe(CultureInfo.InvariantCulture));
        Assert.StartsWith(GreylistedText, response.Text, StringComparison.Ordinal);

        // Greylisting: the server takes the message when the client retries, so nothing is decided yet.
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze((int)ex.StatusCode, ex.Message);
        Assert.Equal((BounceReason.OnHold, false), (diagnosis.Reason, diagnosis.IsHardBounce));
        Assert.Empty(server.Messages);
    }

    private static MimeMessage Message(string subject, params string[] to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Sender));
        foreach (string address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = "Gövde" };
        return message;
    }

    /// <summary>Connects to the loopback server without TLS, sends, and quits; the client is disposed either way.</summary>
    private static async Task SendAsync(int port, MimeMessage message, CancellationToken cancellationToken)
    {
        using (message)
        using (var client = new SmtpClient { Timeout = (int)Deadline.TotalMilliseconds })
        {
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
    }
}
