using System;
using System.Globalization;
using System.Linq;
using System.Net.Mail;
using Xunit;

namespace SmtpCodes.Tests.Replies;

public class SmtpResponseTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Turkish = new("tr-TR");

    /// <summary>Replies as real servers word them: code, enhanced code (or none), class and the number of lines.</summary>
    public static TheoryData<string, string, int, string?, SmtpReplyClass, int> RealReplies => new()
    {
        { "Postfix unknown user", "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", 550, "5.1.1", SmtpReplyClass.PermanentNegative, 1 },
        { "Postfix relay denied", "554 5.7.1 <bob@example.net>: Relay access denied", 554, "5.7.1", SmtpReplyClass.PermanentNegative, 1 },
        { "Postgrey greylisting", "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", 450, "4.2.0", SmtpReplyClass.TransientNegative, 1 },
        { "Greylisting", "451 4.7.1 Please try again later", 451, "4.7.1", SmtpReplyClass.TransientNegative, 1 },
        { "Exim unrouteable", "550 Unrouteable address", 550, null, SmtpReplyClass.PermanentNegative, 1 },
        { "Exim sender verify", "550-Verification failed for <x@example.net>\r\n550-Called:   192.0.2.1\r\n550-Sent:     RCPT TO:<x@example.net>\r\n550-Response: 550 5.1.1 User unknown\r\n550 Sender verify failed", 550, null, SmtpReplyClass.PermanentNegative, 5 },
        { "Gmail no such user", "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550-5.1.1 unnecessary spaces. For more information, go to\r\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1234567pla.123 - gsmtp\r\n", 550, "5.1.1", SmtpReplyClass.PermanentNegative, 4 },
        { "Gmail rate limit", "421-4.7.0 [192.0.2.1      15] Our system has detected an unusual rate of\n421-4.7.0 unsolicited mail originating from your IP address. To protect our\n421 4.7.0 users from spam, mail sent from your IP address has been temporarily rate limited.", 421, "4.7.0", SmtpReplyClass.TransientNegative, 3 },
        { "421 rate limit", "421 4.7.0 Try again later, closing connection. (EHLO) a1si123 - gsmtp", 421, "4.7.0", SmtpReplyClass.TransientNegative, 1 },
        { "Gmail accepted", "250 2.0.0 OK  1700000000 a1si123.456 - gsmtp", 250, "2.0.0", SmtpReplyClass.PositiveCompletion, 1 },
        { "Microsoft 365 banned IP", "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.", 550, "5.7.606", SmtpReplyClass.PermanentNegative, 1 },
        { "Microsoft 365 recipient", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT001.eop-EUR03.prod.protection.outlook.com]", 550, "5.4.1", SmtpReplyClass.PermanentNegative, 1 },
        { "EHLO capabilities", "250-mx.example.com Hello [192.0.2.1]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250 SMTPUTF8\r\n", 250, null, SmtpReplyClass.PositiveCompletion, 6 },
        { "Greeting", "220 mx.google.com ESMTP a1si123 - gsmtp", 220, null, SmtpReplyClass.PositiveCompletion, 1 },
        { "DATA", "354 Go ahead a1si123 - gsmtp", 354, null, SmtpReplyClass.PositiveIntermediate, 1 },
        { "AUTH challenge", "334 VXNlcm5hbWU6", 334, null, SmtpReplyClass.PositiveIntermediate, 1 },
        { "Bare code", "250", 250, null, SmtpReplyClass.PositiveCompletion, 1 },
        { "Vendor code", "599 5.3.0 Custom vendor failure", 599, "5.3.0", SmtpReplyClass.PermanentNegative, 1 },
    };

    [Theory]
    [MemberData(nameof(RealReplies))]
    public void Real_server_replies_parse_to_code_enhanced_code_and_class(string server, string reply, int code, string? enhanced, SmtpReplyClass replyClass, int lines)
    {
        Assert.True(SmtpResponse.TryParse(reply, out SmtpResponse response), server);
        Assert.Equal((SmtpReply)code, response.Code);
        Assert.Equal(enhanced, response.EnhancedCode?.ToString());
        Assert.Equal(replyClass, response.Code.GetClass());
        Assert.Equal(lines, response.Text.Split('\n').Length);
        Assert.Equal(response, SmtpResponse.Parse(reply));
    }

    [Fact]
    public void The_issue_example_works()
    {
        SmtpResponse reply = SmtpResponse.Parse("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");

        Assert.Equal(SmtpReply.MailboxUnavailable, reply.Code);
        Assert.Equal(EnhancedStatusCode.Parse("5.1.1"), reply.EnhancedCode);
        Assert.Equal("<bob@example.com>: Recipient address rejected: User unknown", reply.Text);
        Assert.Equal("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi) (5.1.1 Kalıcı hata: Geçersiz hedef posta kutusu adresi)", reply.Describe(Turkish));
        Assert.Equal("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons) (5.1.1 Permanent failure: Bad destination mailbox address)", reply.Describe(English));
    }

    [Fact]
    public void Multi_line_text_keeps_each_line_without_codes()
    {
        SmtpResponse reply = SmtpResponse.Parse("550-5.1.1 The email account\r\n550-5.1.1 does not exist.\r\n550 5.1.1 See help.");

        Assert.Equal("The email account\ndoes not exist.\nSee help.", reply.Text);
        Assert.Equal("550-5.1.1 The email account\r\n550-5.1.1 does not exist.\r\n550 5.1.1 See help.", reply.ToString());
    }

    [Fact]
    public void An_enhanced_code_whose_class_differs_from_the_reply_is_text_not_a_code()
    {
        SmtpResponse reply = SmtpResponse.Parse("250 5.1.1 odd but seen");

        Assert.Null(reply.EnhancedCode);
        Assert.Equal("5.1.1 odd but seen", reply.Text);
    }

    [Fact]
    public void A_code_SmtpReply_does_not_name_is_kept_and_described_from_its_digits()
    {
        SmtpResponse reply = SmtpResponse.Parse("599 Custom vendor failure");

        Assert.False(SmtpReplyInfo.IsDefined(reply.Code));
        Assert.Equal(599, (int)reply.Code);
        Assert.Equal("Unknown reply code 599. Permanent negative completion: the server met an error and did not accept the command.", reply.Describe(English));
    }

    [Theory]
    [InlineData("", "The reply is empty.")]
    [InlineData("   ", "The reply is empty.")]
    [InlineData("\r\n", "The reply is empty.")]
    [InlineData("55", "Line 1 does not start with a three-digit reply code: '55'.")]
    [InlineData("abc hello", "Line 1 does not start with a three-digit reply code: 'abc hello'.")]
    [InlineData("٥٥٠ arabic digits", "Line 1 does not start with a three-digit reply code: '٥٥٠ arabic digits'.")]
    [InlineData("-", "Line 1 does not start with a three-digit reply code: '-'.")]
    [InlineData("250-a\r\n-\r\n250 b", "Line 2 does not start with a three-digit reply code: '-'.")]
    [InlineData("099 x", "Line 1: 099 is not a reply code; reply codes are 100 to 599.")]
    [InlineData("600 x", "Line 1: 600 is not a reply code; reply codes are 100 to 599.")]
    [InlineData("5500 x", "Line 1: the reply code must be followed by a space, '-' or the end of the line: '5500 x'.")]
    [InlineData("250\tx", "Line 1: the reply code must be followed by a space, '-' or the end of the line: '250\tx'.")]
    [InlineData("250-first\r\n251 second", "Line 2 does not have the code 250 of line 1: '251 second'; all lines of a reply share one code.")]
    [InlineData("550-first\r\n", "Line 1 continues the reply with '-', but no line ends it.")]
    [InlineData("250 done\r\n250 again", "Line 1 ends the reply, but more lines follow.")]
    [InlineData("250-a\r\n\r\n250 b", "Line 2 of the reply is empty.")]
    public void Invalid_replies_fail_TryParse_and_Parse_says_exactly_why(string text, string message)
    {
        Assert.False(SmtpResponse.TryParse(text, out SmtpResponse response));
        Assert.Equal(default, response);
        FormatException error = Assert.Throws<FormatException>(() => SmtpResponse.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.False(SmtpResponse.TryParse(text.AsSpan(), out response, out string? reason));
        Assert.Equal(default, response);
        Assert.Equal(message, reason);
    }

    [Fact]
    public void Null_fails_TryParse_and_Parse_throws_ArgumentNullException()
    {
        Assert.False(SmtpResponse.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => SmtpResponse.Parse((string)null!));
    }

    [Fact]
    public void Parsing_a_single_line_reply_allocates_only_its_text()
    {
        const string reply = "550 5.1.1 <bob@example.com>: User unknown";
        Assert.True(SmtpResponse.TryParse(reply.AsSpan(), out _));
        long textOnly = AllocatedBy(() => _ = "<bob@example.com>: User unknown".AsSpan().ToString());

        long parse = AllocatedBy(() => SmtpResponse.TryParse(reply.AsSpan(), out _));

        Assert.True(textOnly > 0);
        Assert.Equal(textOnly, parse);
    }

    [Fact]
    public void FromCodeAndText_reads_what_client_libraries_hand_over()
    {
        SmtpResponse mailKitStyle = SmtpResponse.FromCodeAndText(550, "5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
        Assert.Equal(SmtpReply.MailboxUnavailable, mailKitStyle.Code);
        Assert.Equal(EnhancedStatusCode.Parse("5.1.1"), mailKitStyle.EnhancedCode);
        Assert.Equal("<bob@example.com>: Recipient address rejected: User unknown", mailKitStyle.Text);

        SmtpResponse multiLine = SmtpResponse.FromCodeAndText(421, "4.7.0 first\n4.7.0 second");
        Assert.Equal("first\nsecond", multiLine.Text);

        SmtpResponse none = SmtpResponse.FromCodeAndText(550, null);
        Assert.Equal(string.Empty, none.Text);
        Assert.Null(none.EnhancedCode);
    }

    [Fact]
    public void SmtpReply_and_SmtpStatusCode_convert_both_ways_by_number()
    {
        foreach (SmtpStatusCode status in Enum.GetValues<SmtpStatusCode>())
        {
            Assert.Equal((int)status, (int)status.ToSmtpReply());
            Assert.Equal(status, status.ToSmtpReply().ToSmtpStatusCode());
        }

        Assert.Equal(SmtpReply.MailboxUnavailable, SmtpStatusCode.MailboxUnavailable.ToSmtpReply());
        Assert.Equal(SmtpStatusCode.ServiceReady, SmtpReply.ServiceReady.ToSmtpStatusCode());
        Assert.Equal(599, (int)((SmtpReply)599).ToSmtpStatusCode());
    }

    [Fact]
    public void An_SmtpException_is_explained_in_one_call()
    {
        // System.Net.Mail builds this message itself: "Mailbox unavailable. The server response was: 5.1.1 User unknown".
        var exception = new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "bob@example.com", "5.1.1 <bob@example.com>: User unknown");

        Assert.Equal("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi) (5.1.1 Kalıcı hata: Geçersiz hedef posta kutusu adresi)", exception.Explain(Turkish));
        SmtpResponse response = exception.ToSmtpResponse();
        Assert.Equal("<bob@example.com>: User unknown", response.Text);

        SmtpDiagnosis diagnosis = exception.Diagnose();
        Assert.Equal(550, diagnosis.Code);
        Assert.Equal("5.1.1", diagnosis.EnhancedCode?.ToString());
        Assert.Equal(BounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal(SmtpCommand.RcptTo, diagnosis.Command);
    }

    [Fact]
    public void A_refused_recipient_without_a_status_is_a_missing_mailbox_and_a_refused_message_may_be_a_filter()
    {
        // System.Net.Mail throws SmtpFailedRecipientException only for a refusal at RCPT TO.
        var recipient = new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "bob@example.com", "User unknown");
        var message = new SmtpException(SmtpStatusCode.MailboxUnavailable, "Mailbox unavailable. The server response was: User unknown");

        Assert.Equal((BounceReason.UserUnknown, SmtpCommand.RcptTo), (recipient.Diagnose().Reason, recipient.Diagnose().Command));
        Assert.Equal((BounceReason.Filtered, SmtpCommand.Unknown), (message.Diagnose().Reason, message.Diagnose().Command));
    }

    [Fact]
    public void An_SmtpException_without_a_server_reply_is_still_explained()
    {
        var exception = new SmtpException(SmtpStatusCode.GeneralFailure, "Failure sending mail.");

        Assert.Equal("-1 is not an SMTP reply code: a reply code has three digits, from 100 to 599.", exception.Explain(English));
        Assert.Equal("Failure sending mail.", exception.ToSmtpResponse().Text);
        Assert.True(exception.Diagnose().IsEmpty);
    }

    private static long AllocatedBy(Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
