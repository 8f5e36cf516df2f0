using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Formats;

public class FeedbackReportFormatTests
{
    [Fact]
    public void An_abuse_report_is_feedback_with_its_type_for_the_complaining_recipient()
    {
        BounceResult result = Assert.Single(Emails.Decode($"""
            From: Complaints <fbl@isp.example.net>
            To: fbl-reports@shop.example.com
            Subject: Abuse report
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

            --arf
            Content-Type: text/plain

            A user marked your message as spam.

            --arf
            Content-Type: message/feedback-report

            Feedback-Type: abuse
            User-Agent: ExampleFBL/2.1
            Version: 1
            Original-Rcpt-To: <ivan@example.net>
            Source-IP: 192.0.2.44
            Arrival-Date: Wed, 04 Mar 2026 12:00:00 +0000

            --arf
            Content-Type: message/rfc822

            {Emails.ReturnedHeaders}

            --arf--
            """));

        Assert.Equal("ivan@example.net", result.Recipient);
        Assert.Equal(BounceReason.Feedback, result.Reason);
        Assert.Equal("abuse", result.FeedbackType);
        Assert.Null(result.IsHardBounce);
        Assert.Equal("ARF", result.DecodedBy);
        Assert.Equal("order-4711@shop.example.com", result.OriginalMessageId);
    }
}

public class AutoReplyFormatTests
{
    [Fact]
    public void An_auto_replied_message_is_vacation_for_the_person_who_replied()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Judy <judy@example.org>
            To: news@shop.example.com
            Subject: Out of office: Your order has shipped
            Auto-Submitted: auto-replied

            I am away until Monday and read no mail.
            """));

        Assert.Equal("judy@example.org", result.Recipient);
        Assert.Equal(BounceReason.Vacation, result.Reason);
        Assert.Equal(BounceAction.Delivered, result.Action);
        Assert.Null(result.IsHardBounce);
        Assert.Equal("RFC3834", result.DecodedBy);
    }

    [Fact]
    public void A_bounce_marked_auto_replied_is_still_a_bounce()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Mail Delivery System <Mailer-Daemon@relay.example.com>
            To: news@shop.example.com
            Subject: Mail delivery failed: returning message to sender
            Auto-Submitted: auto-replied
            X-Failed-Recipients: karl@example.org

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              karl@example.org
                host mx.example.org [192.0.2.9]
                SMTP error from remote mail server after RCPT TO:<karl@example.org>:
                550 5.1.1 no such mailbox
            """));

        Assert.NotEqual(BounceReason.Vacation, result.Reason);
        Assert.Equal(550, result.ReplyCode);
    }

    [Fact]
    public void An_ordinary_message_is_not_a_bounce()
    {
        Assert.Empty(Emails.Decode("""
            From: Liam <liam@example.org>
            To: news@shop.example.com
            Subject: Question about my order

            Hello, where is my parcel? My old address liam@example.net no longer works.
            """));
    }
}
