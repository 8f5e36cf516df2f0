using System;
using System.Collections.Generic;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Formats;

public class DeliveryStatusFormatTests
{
    private static string Report(string perRecipient, string notice = "Your message could not be delivered.", string reportingMta = "dns; relay.example.com") => $"""
        From: Mail Delivery System <MAILER-DAEMON@relay.example.com>
        To: news@shop.example.com
        Subject: Undelivered Mail Returned to Sender
        Date: Tue, 03 Mar 2026 08:15:00 +0100
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain; charset=us-ascii

        {notice}

        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: {reportingMta}
        Arrival-Date: Tue, 03 Mar 2026 08:14:00 +0100

        {perRecipient}

        --b1
        Content-Type: message/rfc822

        {Emails.ReturnedHeaders}

        --b1--
        """;

    [Fact]
    public void One_result_per_recipient_group_with_every_field()
    {
        IReadOnlyList<BounceResult> results = Emails.Decode(Report("""
            Final-Recipient: rfc822; alice@example.org
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.example.org
            Diagnostic-Code: smtp; 550 5.1.1 <alice@example.org>: no mailbox
                by that name here

            Final-Recipient: rfc822; <bob@example.org>
            Action: failed
            Status: 5.2.2
            Remote-MTA: dns; mx.example.org
            Diagnostic-Code: smtp; 552 5.2.2 bob is over his storage allowance
            """));

        Assert.Equal(2, results.Count);
        BounceResult alice = results[0];
        Assert.Equal("alice@example.org", alice.Recipient);
        Assert.Equal(BounceAction.Failed, alice.Action);
        Assert.Equal("5.1.1", alice.Status?.ToString());
        Assert.Equal(550, alice.ReplyCode);
        Assert.Equal("<alice@example.org>: no mailbox by that name here", alice.Reply?.Text);
        Assert.Equal("550 5.1.1 <alice@example.org>: no mailbox by that name here", alice.Diagnostic);
        Assert.Equal("smtp", alice.DiagnosticType);
        Assert.Equal("mx.example.org", alice.RemoteMta);
        Assert.Equal("relay.example.com", alice.ReportingMta);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 14, 0, TimeSpan.FromHours(1)), alice.ArrivalDate);
        Assert.Equal("order-4711@shop.example.com", alice.OriginalMessageId);
        Assert.Equal("news@shop.example.com", alice.OriginalFrom);
        Assert.Equal("alice@example.org", alice.OriginalTo);
        Assert.Equal("Your order has shipped", alice.OriginalSubject);
        Assert.Equal("RFC3464", alice.DecodedBy);
        Assert.Equal(BounceReason.UserUnknown, alice.Reason);
        Assert.True(alice.IsHardBounce);
        Assert.NotEmpty(alice.MatchedBy);
        Assert.Equal(BounceReason.UserUnknown.DescribeAction(System.Globalization.CultureInfo.InvariantCulture), alice.DescribeAction(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(alice.DescribeAction(System.Globalization.CultureInfo.InvariantCulture), alice.DescribeAction(System.Globalization.CultureInfo.GetCultureInfo("tr-TR")));

        BounceResult bob = results[1];
        Assert.Equal("bob@example.org", bob.Recipient);
        Assert.Equal("5.2.2", bob.Status?.ToString());
        Assert.Equal(552, bob.ReplyCode);
        Assert.Equal(BounceReason.MailboxFull, bob.Reason);
        Assert.False(bob.IsHardBounce);
    }

    [Fact]
    public void A_generic_status_gives_way_to_the_specific_one_in_the_reply()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report("""
            Final-Recipient: rfc822; carol@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 5.7.1 message refused by local policy
            """)));

        Assert.Equal("5.7.1", result.Status?.ToString());
        Assert.Equal(550, result.ReplyCode);
    }

    [Fact]
    public void A_delay_notice_that_gave_up_is_expired_and_soft()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report("""
            Final-Recipient: rfc822; dave@example.org
            Action: delayed
            Status: 4.4.7
            Diagnostic-Code: smtp; 421 4.4.7 message expired: it waited in the queue too long
            """)));

        Assert.Equal(BounceAction.Delayed, result.Action);
        Assert.Equal(BounceReason.Expired, result.Reason);
        Assert.False(result.IsHardBounce);
    }

    [Theory]
    [InlineData(30, BounceReason.NetworkError)]
    [InlineData(25, BounceReason.NetworkError)]
    [InlineData(3, BounceReason.Undefined)]
    public void A_failure_with_no_cause_whose_returned_message_passed_too_many_hosts_is_a_loop(int hops, BounceReason reason)
    {
        // Exim's notice of a loop says nothing but the address; the returned message carries a Received field per host.
        var received = new System.Text.StringBuilder();
        for (int hop = 0; hop < hops; hop++)
        {
            received.Append("Received: from relay").Append(hop % 2).Append(".example.net by relay").Append((hop + 1) % 2).Append(".example.net; Tue, 03 Mar 2026 08:00:00 +0000\n");
        }

        string email = $"""
            From: Mail Delivery System <Mailer-Daemon@relay0.example.net>
            To: news@shop.example.com
            Subject: Mail delivery failed: returning message to sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b2"

            --b2
            Content-Type: text/plain; charset=us-ascii

            A message that you sent could not be delivered to one or more of its recipients.

              ring@example.net

            --b2
            Content-Type: message/delivery-status

            Reporting-MTA: dns; relay0.example.net

            Action: failed
            Final-Recipient: rfc822;ring@example.net
            Status: 5.0.0

            --b2
            Content-Type: message/rfc822

            {received}Message-ID: <loop-1@shop.example.com>
            From: Shop <news@shop.example.com>
            To: ring@example.net
            Subject: Round and round

            Hello.

            --b2--
            """;

        BounceResult result = Assert.Single(Emails.Decode(email));
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void After_no_valid_recipients_the_recipients_own_refusal_is_the_cause()
    {
        // A pipelining Sendmail quotes the server's answer to DATA as the Diagnostic-Code, and the recipient's refusal on its line.
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: RFC822; pat@example.org
            Action: delayed
            Status: 4.0.0
            Diagnostic-Code: SMTP; 554 5.5.1 No valid recipients
            """,
            notice: """
               ----- Transcript of session follows -----
            ... while talking to mx.example.org.:
            >>> DATA
            <<< 450 4.2.1 pat is receiving mail too quickly
            <<< 554 5.5.1 No valid recipients
            pat@example.org... Deferred: 450 4.2.1 pat is receiving mail too quickly
            Warning: message still undelivered after 4 hours
            """)));

        Assert.Equal(BounceReason.Speeding, result.Reason);
        Assert.Equal(450, result.ReplyCode);
        Assert.Equal("554 5.5.1 No valid recipients", result.Diagnostic);
    }

    [Theory]
    [InlineData("delayed", "4.5.0", "SMTP; 221 2.0.0 closing connection", BounceReason.OnHold)]
    [InlineData("failed", "5.0.0", "smtp; 250 2.0.0 message queued as 4711", BounceReason.Undefined)]
    [InlineData("delivered", "2.0.0", "smtp; 250 2.0.0 message queued as 4711", BounceReason.Delivered)]
    public void A_success_reply_quoted_by_a_failure_or_delay_notice_is_not_its_outcome(string action, string status, string diagnostic, BounceReason reason)
    {
        BounceResult result = Assert.Single(Emails.Decode(Report($$"""
            Final-Recipient: rfc822; erin@example.org
            Action: {{action}}
            Status: {{status}}
            Diagnostic-Code: {{diagnostic}}
            """)));

        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData("utf-8; josé-maria@example.org", "josé-maria@example.org")]
    [InlineData("utf-8; <müller.anna@bücher.example>", "müller.anna@bücher.example")]
    [InlineData("rfc822; rene\u0301e.dupont@example.org", "rene\u0301e.dupont@example.org")]
    [InlineData("utf-8; 李雷lei@example.org", "李雷lei@example.org")]
    [InlineData("utf-8; zoë@example.org", "zoë@example.org")]
    public void An_internationalized_recipient_is_kept_whole(string field, string recipient)
    {
        BounceResult result = Assert.Single(Emails.Decode(Report($$"""
            Final-Recipient: {{field}}
            Action: failed
            Status: 5.6.7
            Diagnostic-Code: smtp; 553 5.6.7 this server does not take SMTPUTF8 addresses
            """)));

        Assert.Equal(recipient, result.Recipient);
    }

    [Theory]
    [InlineData("5.3.0", "x-unix; ticket store offline: backend answered 17", BounceReason.MailerError)]
    [InlineData("5.7.0", "X-Unix; cannot open /srv/boxes/ann for writing", BounceReason.MailerError)]
    [InlineData("5.1.1", "x-unix; nothing in the account table for that name", BounceReason.UserUnknown)]
    [InlineData("5.3.0", "x-unix; /home/ann/Maildir: disk quota exceeded", BounceReason.MailboxFull)]
    [InlineData("5.3.0", "smtp; 554 ticket store offline: backend answered 17", BounceReason.SystemError)]
    public void A_local_delivery_programs_own_words_are_a_mailer_error_unless_they_or_the_status_say_more(string status, string diagnostic, BounceReason reason)
    {
        // An x-unix diagnostic is what the program that was to deliver the message said: words the rules know decide
        // (quota), then a status the MTA made from its exit code (5.1.1 for "no such user"), then the program's failure,
        // rather than a generic 5.3.0 or 5.7.0 beside it. The same words from a remote server are that server's failure.
        BounceResult result = Assert.Single(Emails.Decode(Report($"""
            Final-Recipient: rfc822; ann@example.org
            Action: failed
            Status: {status}
            Diagnostic-Code: {diagnostic}
            """)));

        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData("delayed", "4.0.0", BounceReason.OnHold, false)]
    [InlineData("failed", "5.0.0", BounceReason.Undefined, null)]
    public void A_delay_notice_that_names_no_cause_is_on_hold_and_a_failure_without_one_stays_undefined(string action, string status, BounceReason reason, bool? hard)
    {
        // Exim's delay warning says only that delivery to an address is delayed: the message is waiting in the sender's
        // queue for a reason nobody reported. A failure that names no cause is not on hold: it is over, cause unknown.
        BounceResult result = Assert.Single(Emails.Decode(Report($"""
            Final-Recipient: rfc822; gus@example.org
            Action: {action}
            Status: {status}
            """)));

        Assert.Equal(reason, result.Reason);
        Assert.Equal(hard, result.IsHardBounce);
    }

    [Theory]
    [InlineData("failed", "4.4.1", "X-Postfix; connect to mx.example.org[192.0.2.9]:25: Connection refused", BounceReason.Expired)]
    [InlineData("delayed", "4.4.1", "X-Postfix; connect to mx.example.org[192.0.2.9]:25: Connection refused", BounceReason.NetworkError)]
    [InlineData("failed", "4.4.2", "X-Postfix; lost connection with mx.example.org[192.0.2.9] while sending RCPT TO", BounceReason.NetworkError)]
    [InlineData("failed", "5.4.1", "X-Postfix; connect to mx.example.org[192.0.2.9]:25: Connection refused", BounceReason.NetworkError)]
    public void A_server_that_gave_up_on_a_host_that_never_answered_reports_an_expired_delivery(string action, string status, string diagnostic, BounceReason reason)
    {
        // Failed with 4.4.1 ("no answer from host") is what a sender writes when its queue's lifetime ran out while the
        // connections kept failing; while it still retries (delayed), or when the connection was made and then lost, it
        // is the network.
        BounceResult result = Assert.Single(Emails.Decode(Report($"""
            Final-Recipient: rfc822; erin@example.org
            Action: {action}
            Status: {status}
            Diagnostic-Code: {diagnostic}
            """)));

        Assert.Equal(reason, result.Reason);
        Assert.False(result.IsHardBounce);
    }

    [Theory]
    [InlineData("delivered", BounceAction.Delivered)]
    [InlineData("relayed", BounceAction.Relayed)]
    [InlineData("expanded", BounceAction.Expanded)]
    public void A_success_notice_is_delivered_and_neither_hard_nor_soft(string action, BounceAction expected)
    {
        BounceResult result = Assert.Single(Emails.Decode(Report($"""
            Final-Recipient: rfc822; erin@example.org
            Action: {action}
            Status: 2.0.0
            Diagnostic-Code: smtp; 250 2.0.0 queued as 4Q2b3
            """)));

        Assert.Equal(expected, result.Action);
        Assert.Equal(BounceReason.Delivered, result.Reason);
        Assert.Null(result.IsHardBounce);
    }

    [Fact]
    public void A_group_without_a_diagnostic_takes_the_reply_quoted_in_the_notice()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; frank@example.org
            Action: failed
            Status: 5.1.1
            """,
            notice: """
                <frank@example.org>: host mx.example.org[192.0.2.7] said:
                    550 5.1.1 this address does not exist (in reply to RCPT TO command)
                """)));

        Assert.Equal(550, result.ReplyCode);
        Assert.Contains("this address does not exist", result.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void User_unknown_in_reply_to_data_is_filtered_and_soft()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; ivy@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 unknown user ivy@example.org
            """,
            notice: """
                <ivy@example.org>: host mx.example.org[192.0.2.7] said: 550 unknown user
                    ivy@example.org (in reply to end of DATA command)
                """)));

        Assert.Equal(BounceReason.Filtered, result.Reason);
        Assert.False(result.IsHardBounce);
        Assert.Equal(SmtpCommand.Data, result.Command);
    }

    [Fact]
    public void User_unknown_in_reply_to_rcpt_stays_user_unknown()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; ivy@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 unknown user ivy@example.org
            """,
            notice: """
                <ivy@example.org>: host mx.example.org[192.0.2.7] said: 550 unknown user
                    ivy@example.org (in reply to RCPT TO command)
                """)));

        Assert.Equal(BounceReason.UserUnknown, result.Reason);
        Assert.True(result.IsHardBounce);
        Assert.Equal(SmtpCommand.RcptTo, result.Command);
    }

    [Fact]
    public void A_transcript_says_which_command_a_recipient_was_refused_at()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; jay@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 jay@example.org... User unknown
            """,
            notice: """
                ----- The following addresses had permanent fatal errors -----
                <jay@example.org>

                ----- Transcript of session follows -----
                ... while talking to mx.example.org.:
                >>> MAIL From:<news@shop.example.com>
                <<< 250 sender ok
                >>> DATA
                <<< 550 jay@example.org... User unknown
                554 5.0.0 Service unavailable
                """)));

        Assert.Equal(SmtpCommand.Data, result.Command);
        Assert.Equal(BounceReason.Filtered, result.Reason);
    }

    [Fact]
    public void A_pipelined_refusal_shown_after_data_answered_the_recipient()
    {
        // The client sent RCPT TO and DATA together: the server's "Need RCPT" to DATA says the 550 was the RCPT's answer.
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; kim@example.org
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: smtp; 550 kim@example.org... no such user
            """,
            notice: """
                ... while talking to mx.example.org.:
                >>> DATA
                <<< 550 kim@example.org... no such user
                <<< 503 5.5.1 Need RCPT (recipient)
                """)));

        Assert.Equal(SmtpCommand.RcptTo, result.Command);
        Assert.Equal(BounceReason.UserUnknown, result.Reason);
    }

    [Fact]
    public void A_command_given_as_a_labelled_field_counts()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; lou@example.org
            Action: failed
            Diagnostic-Code: smtp; 550 no such user here
            """,
            notice: """
                Sending to the address below failed.
                lou@example.org

                -------server message
                550 no such user here

                -------SMTP command
                DATA
                """)));

        Assert.Equal(SmtpCommand.Data, result.Command);
        Assert.Equal(BounceReason.Filtered, result.Reason);
    }

    [Fact]
    public void The_command_is_unknown_when_the_email_does_not_say()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; max@example.org
            Action: failed
            Status: 5.2.2
            Diagnostic-Code: smtp; 552 5.2.2 mailbox full
            """,
            notice: "The SMTP command failed after the data migration.")));

        Assert.Equal(SmtpCommand.Unknown, result.Command);
    }

    [Fact]
    public void Without_a_diagnostic_code_the_notices_words_about_the_recipient_are_the_diagnostic()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; nora@nowhere.example
            Action: failed
            Status: 5.0.0
            """,
            notice: """
                Delivery to the following recipients failed:

                nora@nowhere.example: Domain not found
                """)));

        Assert.Equal("Domain not found", result.Diagnostic);
        Assert.Equal(BounceReason.HostUnknown, result.Reason);
    }

    [Fact]
    public void A_local_programs_exit_status_is_a_mailer_error_with_the_reply_the_transcript_gives_it()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Final-Recipient: rfc822; otto@example.org
            X-Actual-Recipient: X-Unix; |/usr/local/bin/sorter
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: X-Unix; 70
            """,
            notice: """
                ----- The following addresses had permanent fatal errors -----
                "|/usr/local/bin/sorter"
                    (reason: 70)
                    (expanded from: <otto@example.org>)

                ----- Transcript of session follows -----
                sorter: cannot open its spool directory
                554 5.3.0 unknown mailer error 70
                """)));

        Assert.Equal(BounceReason.MailerError, result.Reason);
        Assert.Equal(554, result.ReplyCode);
        Assert.Equal("5.3.0", result.Status?.ToString());
        Assert.Equal("70", result.Diagnostic);
    }

    [Fact]
    public void A_failed_delivery_to_a_pipe_is_a_mailer_error_when_nothing_says_more()
    {
        BounceResult result = Assert.Single(Emails.Decode(Report(
            """
            Action: failed
            Final-Recipient: rfc822;|/usr/local/bin/autoresponder pia@example.org
            Status: 5.0.0
            """)));

        Assert.Equal("pia@example.org", result.Recipient);
        Assert.Equal(BounceReason.MailerError, result.Reason);
        Assert.False(result.IsHardBounce);
    }

    [Fact]
    public void A_diagnostic_in_raw_iso_2022_jp_is_decoded()
    {
        // Notes/Domino writes Japanese in the field as ISO-2022-JP bytes, with no RFC 2047 encoding.
        const string Esc = "\u001b";
        string diagnostic = $"X-Notes; {Esc}$B<u?.<T{Esc}(B ann@example.jp {Esc}$B$O8+$D$+$j$^$;$s!#{Esc}(B";
        BounceResult result = Assert.Single(Emails.Decode(Report(
            "Final-Recipient: rfc822; ann@example.jp\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: " + diagnostic)));

        Assert.Equal("受信者 ann@example.jp は見つかりません。", result.Diagnostic);
        Assert.Equal("X-Notes", result.DiagnosticType);
    }

    [Fact]
    public void The_same_recipient_listed_twice_is_one_result()
    {
        IReadOnlyList<BounceResult> results = Emails.Decode(Report("""
            Original-Recipient: rfc822; gina@example.org
            Final-Recipient: rfc822; gina@example.org
            Action: failed
            Status: 5.1.1

            Final-Recipient: rfc822; GINA@example.org
            Action: failed
            Status: 5.1.1
            """));

        Assert.Single(results);
    }

    [Fact]
    public void Fields_in_the_text_of_a_report_whose_boundary_is_missing_are_still_read()
    {
        IReadOnlyList<BounceResult> results = Emails.Decode("""
            From: MAILER-DAEMON@relay.example.com
            To: news@shop.example.com
            Subject: Delivery Notification: Delivery has failed
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="never-used"

            The message could not be delivered.

            Reporting-MTA: dns; relay.example.com

            Action: failed
            Status: 5.0.0 (remote server rejected the address)
            Final-Recipient: rfc822;hana@example.org
            Diagnostic-code: smtp; 550 5.1.1 hana is not known here
            """);

        BounceResult result = Assert.Single(results);
        Assert.Equal("hana@example.org", result.Recipient);
        Assert.Equal("5.1.1", result.Status?.ToString());
        Assert.Equal(550, result.ReplyCode);
    }
}
