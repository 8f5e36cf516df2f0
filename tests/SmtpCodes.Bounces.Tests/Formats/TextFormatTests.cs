using System.Collections.Generic;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Formats;

public class EximFormatTests
{
    [Fact]
    public void Each_failed_address_gets_the_error_indented_under_it()
    {
        IReadOnlyList<BounceResult> results = Emails.Decode($"""
            From: Mail Delivery System <Mailer-Daemon@mx1.example.com>
            To: news@shop.example.com
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: mia@example.org, noah@example.net

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              mia@example.org
                host mx.example.org [192.0.2.11]
                SMTP error from remote mail server after RCPT TO:<mia@example.org>:
                550 5.1.1 mailbox mia is unknown here
              noah@example.net
                host mail.example.net [192.0.2.12]
                SMTP error from remote mail server after end of data:
                552 5.3.4 the message is larger than this server takes

            ------ This is a copy of the message, including all the headers. ------

            {Emails.ReturnedHeaders}
            """);

        Assert.Equal(2, results.Count);
        Assert.Equal("mia@example.org", results[0].Recipient);
        Assert.Equal(550, results[0].ReplyCode);
        Assert.Equal("5.1.1", results[0].Status?.ToString());
        Assert.Equal("mx.example.org", results[0].RemoteMta);
        Assert.Equal("Exim", results[0].DecodedBy);
        Assert.Equal("noah@example.net", results[1].Recipient);
        Assert.Equal(552, results[1].ReplyCode);
        Assert.Equal("5.3.4", results[1].Status?.ToString());
        Assert.Equal("Your order has shipped", results[1].OriginalSubject);
        Assert.Equal("order-4711@shop.example.com", results[1].OriginalMessageId);
    }

    [Fact]
    public void A_retry_timeout_is_expired()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Mail Delivery System <Mailer-Daemon@mx1.example.com>
            To: news@shop.example.com
            Subject: Mail delivery failed: returning message to sender

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              olivia@example.org
                retry timeout exceeded
            """));

        Assert.Equal("olivia@example.org", result.Recipient);
        Assert.Equal(BounceReason.Expired, result.Reason);
        Assert.False(result.IsHardBounce);
    }
}

public class QmailFormatTests
{
    [Fact]
    public void The_bracketed_address_and_the_remote_hosts_words_under_it()
    {
        BounceResult result = Assert.Single(Emails.Decode($"""
            From: MAILER-DAEMON@mail.example.com
            To: news@shop.example.com
            Subject: failure notice

            Hi. This is the qmail-send program at mail.example.com.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <peter@example.org>:
            192.0.2.21 does not like recipient.
            Remote host said: 550 5.2.1 this mailbox has been disabled
            Giving up on 192.0.2.21.

            --- Below this line is a copy of the message.

            {Emails.ReturnedHeaders}
            """));

        Assert.Equal("peter@example.org", result.Recipient);
        Assert.Equal(550, result.ReplyCode);
        Assert.Equal("5.2.1", result.Status?.ToString());
        Assert.Equal("qmail", result.DecodedBy);
    }
}

public class GmailFormatTests
{
    [Fact]
    public void The_recipient_on_its_own_line_and_the_error_the_other_server_returned()
    {
        BounceResult result = Assert.Single(Emails.Decode($"""
            From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
            To: news@shop.example.com
            Subject: Delivery Status Notification (Failure)

            Delivery to the following recipient failed permanently:

                 quinn@example.org

            Technical details of permanent failure:
            The remote server for example.org refused the message.

            The error that the other server returned was:
            550 5.1.1 <quinn@example.org>: mailbox does not exist

            ----- Original message -----

            {Emails.ReturnedHeaders}
            """));

        Assert.Equal("quinn@example.org", result.Recipient);
        Assert.Equal(550, result.ReplyCode);
        Assert.Equal("5.1.1", result.Status?.ToString());
        Assert.Equal("Gmail", result.DecodedBy);
    }
}

public class GoogleGroupsFormatTests
{
    [Fact]
    public void A_refused_post_is_rejected_for_the_group_address()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
            To: news@shop.example.com
            Subject: Delivery Status Notification (Failure)
            X-Failed-Recipients: owners-club@example.org

            Hello news@shop.example.com,

            The group you wrote to (owners-club) does not exist, or you may not post to it.
            Visit https://groups.google.com/support/ for help.

            The Google Groups Team
            """));

        Assert.Equal("owners-club@example.org", result.Recipient);
        Assert.Equal(BounceReason.Rejected, result.Reason);
        Assert.Equal("GoogleGroups", result.DecodedBy);
    }
}

public class DragonFlyFormatTests
{
    [Fact]
    public void The_address_in_the_sentence_and_the_reply_that_follows()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: MAILER-DAEMON <>
            To: news@shop.example.com
            Subject: Mail delivery failed

            This is the DragonFly Mail Agent v0.13 at shop.example.com.

            There was an error delivering your mail to <rosa@example.org>.

            mx.example.org [192.0.2.31] did not like our RCPT TO:
            554 5.7.1 <rosa@example.org>: relaying is not allowed here

            Original message follows.

            Subject: Your order has shipped
            To: rosa@example.org
            """));

        Assert.Equal("rosa@example.org", result.Recipient);
        Assert.Equal(554, result.ReplyCode);
        Assert.Equal("5.7.1", result.Status?.ToString());
        Assert.Equal("DragonFly", result.DecodedBy);
    }
}

public class Exchange2003FormatTests
{
    [Fact]
    public void The_recipient_on_date_line_with_the_reason_under_it()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: System Administrator <postmaster@corp.example.com>
            To: news@shop.example.com
            Subject: Undeliverable: Your order has shipped

            Your message

              To:      sam@corp.example.com
              Subject: Your order has shipped
              Sent:    Mon, 02 Mar 2026 10:00:00 +0000

            did not reach the following recipient(s):

            sam@corp.example.com on Mon, 02 Mar 2026 10:00:05 +0000
                The e-mail account does not exist at the organization this message was sent to.
                <corp.example.com #5.1.1>
                MSEXCH:IMS:CORP:EXAMPLE:MAIL1 0 (000C05A6) Unknown Recipient
            """));

        Assert.Equal("sam@corp.example.com", result.Recipient);
        Assert.Equal("5.1.1", result.Status?.ToString());
        Assert.Equal(0, result.ReplyCode);
        Assert.Equal("Exchange2003", result.DecodedBy);
    }
}

public class OpenSmtpdFormatTests
{
    [Fact]
    public void One_recipient_per_line_with_its_reply()
    {
        IReadOnlyList<BounceResult> results = Emails.Decode("""
            From: Mailer Daemon <MAILER-DAEMON@gw.example.com>
            To: news@shop.example.com
            Subject: Delivery status notification: error

                Hi!

                This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

                An error has occurred while attempting to deliver a message for
                the following list of recipients:

            tina@example.org: 550 5.1.1 no such user
            uma@example.org: 452 4.2.2 mailbox is full, try again later

                Below is a copy of the original message:

            Subject: Your order has shipped
            """);

        Assert.Equal(2, results.Count);
        Assert.Equal(550, results[0].ReplyCode);
        Assert.Equal("4.2.2", results[1].Status?.ToString());
        Assert.Equal("OpenSMTPD", results[1].DecodedBy);
    }
}

public class SendmailV5FormatTests
{
    [Fact]
    public void The_address_inside_the_transcript_and_the_remote_reply_after_the_dots()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.com>
            To: news@shop.example.com
            Subject: Returned mail: Host unknown

               ----- Transcript of session follows -----
            554 <victor@example.org>... 550 Host unknown (no such domain in DNS)

               ----- Unsent message follows -----
            Subject: Your order has shipped
            """));

        Assert.Equal("victor@example.org", result.Recipient);
        Assert.Equal(550, result.ReplyCode);
        Assert.Equal("V5sendmail", result.DecodedBy);
    }
}

public class AmazonSesFormatTests
{
    [Fact]
    public void A_bounce_notification_in_json_even_when_the_line_is_wrapped()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Notifications <no-reply@sns.example.com>
            To: ops@shop.example.com
            Subject: AWS Notification Message

            {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"wendy@example.org","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 wendy: unknown user"}],"timestamp":"2026-03-05T09:00:00.000Z","reportingMTA":"dns; a1-2.smtp-out.ex
            ample.com"},"mail":{"messageId":"0100-abc"}}
            --
            Unsubscribe: https://sns.example.com/unsubscribe
            """));

        Assert.Equal("wendy@example.org", result.Recipient);
        Assert.Equal("5.1.1", result.Status?.ToString());
        Assert.Equal(550, result.ReplyCode);
        Assert.Equal("AmazonSES", result.DecodedBy);
    }

    [Fact]
    public void A_notification_inside_an_sns_envelope_is_read()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: Notifications <no-reply@sns.example.com>
            Subject: AWS Notification Message

            {
              "Type" : "Notification",
              "Message" : "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"zeki@example.org\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 no such user\"}]}}"
            }
            """));

        Assert.Equal("zeki@example.org", result.Recipient);
        Assert.Equal(550, result.ReplyCode);
    }

    [Fact]
    public void A_complaint_is_feedback_and_a_delivery_is_delivered()
    {
        BounceResult complaint = Assert.Single(Emails.Decode("""
            From: Notifications <no-reply@sns.example.com>
            Subject: AWS Notification Message

            {"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"xena@example.org"}],"complaintFeedbackType":"abuse","timestamp":"2026-03-05T09:00:00.000Z"}}
            """));
        Assert.Equal(BounceReason.Feedback, complaint.Reason);
        Assert.Equal("abuse", complaint.FeedbackType);

        BounceResult delivery = Assert.Single(Emails.Decode("""
            From: Notifications <no-reply@sns.example.com>
            Subject: AWS Notification Message

            {"notificationType":"Delivery","delivery":{"recipients":["yusuf@example.org"],"smtpResponse":"250 2.6.0 accepted","timestamp":"2026-03-05T09:00:00.000Z"}}
            """));
        Assert.Equal(BounceReason.Delivered, delivery.Reason);
        Assert.Equal(250, delivery.ReplyCode);
        Assert.Equal("2.6.0", delivery.Status?.ToString());
    }
}

public class GenericTextFormatTests
{
    [Fact]
    public void An_unknown_daemon_notice_is_read_by_its_recipient_line()
    {
        BounceResult result = Assert.Single(Emails.Decode($"""
            From: Mail Gateway <postmaster@gw.example.net>
            To: news@shop.example.com
            Subject: Message not delivered

            Delivery to one address failed.

            Recipient address: zoe@example.net
            Reason: the server answered 550 5.1.1 user account is closed

            --- Original message follows ---

            {Emails.ReturnedHeaders}
            """));

        Assert.Equal("zoe@example.net", result.Recipient);
        Assert.Equal(550, result.ReplyCode);
        Assert.Equal("5.1.1", result.Status?.ToString());
        Assert.Equal("Text", result.DecodedBy);
    }

    [Fact]
    public void A_recipient_named_in_a_sentence_is_found()
    {
        BounceResult result = Assert.Single(Emails.Decode("""
            From: mailer-daemon@gw.example.net
            To: news@shop.example.com
            Subject: There was an error sending your mail

            We could not deliver your message. The following recipients returned permanent errors: abel@example.net. Reason: the server said 554 5.4.6 routing loop detected
            """));

        Assert.Equal("abel@example.net", result.Recipient);
        Assert.Equal("5.4.6", result.Status?.ToString());
    }
}
