using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using SmtpCodes.Vendors;
using Xunit;

namespace SmtpCodes.Tests.Diagnosis;

/// <summary>
/// The lenient finder and the classifier, on replies wrapped the ways mail servers and bounces wrap them. Every example
/// is written for this test (addresses in example.com/.org/.net, hosts in 192.0.2.x and 198.51.100.x).
/// </summary>
public class SmtpDiagnosisTests
{
    private static readonly CultureInfo Turkish = new("tr-TR");

    [Theory]
    [InlineData("550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in relay recipient table", 550, "5.1.1", BounceReason.UserUnknown)]
    [InlineData("Remote host said: 550 5.1.1 <ann@example.com>... Recipient not found here", 550, "5.1.1", BounceReason.UserUnknown)]
    [InlineData("smtp; 550 5.1.1 <ann@example.com>... no such user in this domain", 550, "5.1.1", BounceReason.UserUnknown)]
    [InlineData("host mx1.example.net [192.0.2.7]: 552 5.2.2 <bob@example.net>... Mailbox full", 552, "5.2.2", BounceReason.MailboxFull)]
    [InlineData("X-Postfix; host mail.example.org[198.51.100.9] said: 452 4.5.3 Error: too many recipients (in reply to RCPT TO command)", 452, "4.5.3", BounceReason.TooManyConn)]
    [InlineData("550: 5.2.2 <bob@example.org>... Mailbox is full, try later", 550, "5.2.2", BounceReason.MailboxFull)]
    [InlineData("ERROR_CODE :550, ERROR_CODE :5.1.1 <carl@example.org>... unknown user", 550, "5.1.1", BounceReason.UserUnknown)]
    [InlineData("550 there is no mailbox by that name (#5.1.1 - chkuser)", 550, "5.1.1", BounceReason.UserUnknown)]
    [InlineData("554 554 5.7.0 Your message looks like spam", 554, "5.7.0", BounceReason.SpamDetected)]
    [InlineData("550 relay not permitted", 550, null, BounceReason.NoRelaying)]
    [InlineData("554 5.7.1 Service unavailable; client [192.0.2.44] blocked using zen.example.org", 554, "5.7.1", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Mail from 192.0.2.44 refused: no PTR record for your address", 550, "5.7.1", BounceReason.RequirePTR)]
    [InlineData("550 5.7.26 This mail fails the DMARC policy of example.org", 550, "5.7.26", BounceReason.AuthFailure)]
    [InlineData("552 5.3.4 Message too big for this system", 552, "5.3.4", BounceReason.MesgTooBig)]
    [InlineData("451 4.4.1 No answer from host", 451, "4.4.1", BounceReason.NetworkError)]
    [InlineData("550 5.1.2 Host or domain name not found", 550, "5.1.2", BounceReason.HostUnknown)]
    [InlineData("250 2.0.0 Ok: queued as 4XYZ", 250, "2.0.0", BounceReason.Delivered)]
    public void Finds_the_reply_and_the_reason_in_wrapped_text(string text, int code, string? enhanced, BounceReason reason)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(code, diagnosis.Code);
        Assert.Equal(enhanced, diagnosis.EnhancedCode?.ToString());
        Assert.Equal(reason, diagnosis.Reason);
        Assert.NotEqual(string.Empty, diagnosis.MatchedBy);
    }

    [Theory]
    [InlineData("Connection timed out", BounceReason.Expired)]
    [InlineData("DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN", BounceReason.HostUnknown)]
    [InlineData("X-Postfix; lost connection with mx.example.net[192.0.2.3] while receiving the initial server greeting", BounceReason.NetworkError)]
    public void Text_without_a_code_can_still_name_a_reason(string text, BounceReason reason)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(0, diagnosis.Code);
        Assert.Null(diagnosis.EnhancedCode);
        Assert.Equal(reason, diagnosis.Reason);
        Assert.False(diagnosis.IsEmpty);
    }

    [Theory]
    [InlineData("smtp; Connection timed out")]
    [InlineData("\tX-Postfix;Connection timed out")]
    [InlineData("\r\n  smtp;   Connection timed out  ")]
    public void A_text_without_codes_is_quoted_without_its_diagnostic_type(string text)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(0, diagnosis.Code);
        Assert.Equal("Connection timed out", diagnosis.Text);
    }

    [Fact]
    public void A_nested_reply_is_the_cause_and_the_wrapping_one_is_kept()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("554 5.0.0 Service unavailable <421 4.4.2 Connection timed out> giving up");

        Assert.Equal(421, diagnosis.Code);
        Assert.Equal("4.4.2", diagnosis.EnhancedCode?.ToString());
        Assert.Equal(554, diagnosis.OuterCode);
        Assert.Equal("5.0.0", diagnosis.OuterEnhancedCode?.ToString());
        Assert.Equal("Connection timed out", diagnosis.Text);
    }

    [Fact]
    public void A_flattened_multi_line_reply_loses_its_repeated_codes_in_the_text()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(
            "550-5.2.1 The mailbox you wrote to has been disabled and 550-5.2.1 takes no mail. 550 5.2.1 See the help page.");

        Assert.Equal(550, diagnosis.Code);
        Assert.Equal("5.2.1", diagnosis.EnhancedCode?.ToString());
        Assert.Equal("The mailbox you wrote to has been disabled and takes no mail. See the help page.", diagnosis.Text);
        Assert.Equal(BounceReason.Suspend, diagnosis.Reason);
    }

    [Fact]
    public void A_phrase_split_by_flattened_codes_still_matches()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("550-5.7.1 The mail was refused: relay 550 5.7.1 access denied for this host");

        Assert.Equal(BounceReason.NoRelaying, diagnosis.Reason);
    }

    [Fact]
    public void Only_the_first_line_of_a_multi_line_reply_is_enough()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("552-5.7.0 This message was blocked because its content presents a potential");

        Assert.Equal(552, diagnosis.Code);
        Assert.Equal("5.7.0", diagnosis.EnhancedCode?.ToString());
    }

    [Fact]
    public void Classes_that_disagree_are_both_reported()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("550 4.4.7 Message expired in queue");

        Assert.Equal(550, diagnosis.Code);
        Assert.Equal("4.4.7", diagnosis.EnhancedCode?.ToString());
        Assert.True(diagnosis.ClassesDisagree);
        Assert.Equal(BounceReason.Expired, diagnosis.Reason);
        Assert.False(SmtpDiagnosis.Analyze("550 5.1.1 x").ClassesDisagree);
    }

    [Theory]
    [InlineData("Messages from 192.0.2.25 deferred - 4.16.55.1; see the help page")]
    [InlineData("connect to 198.51.100.200[198.51.100.200]:25: refused")]
    [InlineData("message of 10485760 bytes was dropped after 840 minutes [506]")]
    public void Numbers_that_are_not_codes_are_not_taken_for_codes(string text)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(0, diagnosis.Code);
        Assert.Null(diagnosis.EnhancedCode);
    }

    [Fact]
    public void A_vendor_entry_decides_when_its_host_and_status_match()
    {
        SmtpDiagnosis byText = SmtpDiagnosis.Analyze(
            "421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP address. 421 4.7.28 x12si - gsmtp");
        SmtpDiagnosis byHost = SmtpDiagnosis.Analyze(
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
            new DiagnosisContext(null, "example-com.mail.protection.outlook.com"));

        Assert.Equal("Google", byText.Vendor);
        Assert.Equal(GoogleCodeInfo.Vendor.GetReason((int)GoogleCode.UnusualRateDeferred), byText.Reason);
        Assert.Equal(nameof(GoogleCode.UnusualRateDeferred), byText.VendorEntry);
        Assert.StartsWith("vendor Google 4.7.28", byText.MatchedBy, StringComparison.Ordinal);
        Assert.Equal(GoogleCode.UnusualRateDeferred.Describe(Turkish), byText.Describe(Turkish));

        Assert.Equal("Microsoft", byHost.Vendor);
        Assert.Equal(MicrosoftCode.IpTrafficNotAccepted.GetReason(), byHost.Reason);
    }

    [Fact]
    public void Microsofts_own_status_for_an_unauthenticated_client_is_its_entry()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(
            "530 5.7.57 Client not authenticated to send mail. [AB1CD234.namprd01.prod.outlook.com 2026-01-01T00:00:00.000Z]");

        Assert.Equal("Microsoft", diagnosis.Vendor);
        Assert.Equal(nameof(MicrosoftCode.ClientNotAuthenticated), diagnosis.VendorEntry);
        Assert.Equal(BounceReason.SecurityError, diagnosis.Reason);
        Assert.NotEqual(diagnosis.Describe(Turkish), diagnosis.Describe(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("552-5.2.3 Your message is over the size limit. 552 5.2.3 https://support.google.com/mail/?p=MaxSizeError x1si - gsmtp", "Google", "MessageOverSizeLimit", BounceReason.MesgTooBig)]
    [InlineData("550-5.7.1 [192.0.2.5] An unusual rate of unsolicited mail comes from your IP. 550 5.7.1 x1si - gsmtp", "Google", "UnsolicitedRateBlocked", BounceReason.BadReputation)]
    [InlineData("421-4.7.28 An unusual rate of unsolicited mail comes from your IP. 421 4.7.28 x1si - gsmtp", "Google", "UnsolicitedRateDeferred", BounceReason.BadReputation)]
    [InlineData("421-4.7.28 An unusual rate of mail comes from your IP. 421 4.7.28 x1si - gsmtp", "Google", "UnusualRateDeferred", BounceReason.Speeding)]
    [InlineData("550 5.7.60 SMTP; Client may not send as this sender [AB1CD234.namprd01.prod.outlook.com]", "Microsoft", "SendAsDenied", BounceReason.Rejected)]
    [InlineData("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [AB1CD234.namprd01.prod.outlook.com]", "Microsoft", "GroupRequiresAuthenticatedSender", BounceReason.Filtered)]
    public void Vendor_entries_decide_by_their_status_and_tag(string text, string vendor, string entry, BounceReason reason)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(vendor, diagnosis.Vendor);
        Assert.Equal(entry, diagnosis.VendorEntry);
        Assert.Equal(reason, diagnosis.Reason);
    }

    [Fact]
    public void A_vendor_status_without_the_vendor_is_left_to_the_rules()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.");

        Assert.Null(diagnosis.Vendor);
        Assert.Equal(BounceReason.Blocked, diagnosis.Reason);
        Assert.Equal("phrase \"traffic not accepted from this ip\" (diagnosis-rules.csv)", diagnosis.MatchedBy);
    }

    [Fact]
    public void The_context_status_is_used_when_the_text_has_none()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("Mail delivery failed", new DiagnosisContext(new EnhancedStatusCode(5, 1, 1), null));

        Assert.Equal("5.1.1", diagnosis.EnhancedCode?.ToString());
        Assert.Equal(BounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData("host mx.example.net[192.0.2.7] said: 550 5.2.1 <bo@example.net>: nope (in reply to RCPT TO command)", SmtpCommand.RcptTo)]
    [InlineData("host mx.example.net[192.0.2.7] said: 554 5.7.1 Rejected (in reply to end of DATA command)", SmtpCommand.Data)]
    [InlineData("SMTP error from remote mail server after MAIL FROM:<me@example.org> SIZE=2048: 553 sender refused", SmtpCommand.MailFrom)]
    [InlineData("SMTP error from remote mail server after end of data: 550 rejected", SmtpCommand.Data)]
    [InlineData("SMTP error from remote mail server after pipelined RCPT TO:<bo@example.net>: 550 no", SmtpCommand.RcptTo)]
    [InlineData("SMTP error from remote mail server after initial connection: 554 go away", SmtpCommand.Connect)]
    [InlineData(">>> RCPT To:<bo@example.net> <<< 250 fine >>> DATA <<< 550 5.7.1 refused", SmtpCommand.Data)]
    [InlineData("mx.example.net [192.0.2.7] did not like our RCPT TO: 550 no such person", SmtpCommand.RcptTo)]
    [InlineData("Connected to 192.0.2.7 but sender was rejected. Remote host said: 553 who are you", SmtpCommand.MailFrom)]
    [InlineData("no SMTP connection got far enough; most progress was RCPT TO response; remote host said: 550 no", SmtpCommand.RcptTo)]
    [InlineData("SMTP error from remote server for TEXT command, host: mx.example.net reason: 550 5.2.0 refused", SmtpCommand.Data)]
    [InlineData("SMTP command: DATA\nReply: 554 5.7.1 refused", SmtpCommand.Data)]
    [InlineData("Error\nSMTP command\n  RCPT\nServer reply: 550 no such person", SmtpCommand.RcptTo)]
    [InlineData("554 SMTP command failed: try again", SmtpCommand.Unknown)]
    [InlineData("mx.example.net [192.0.2.7] did not like our final DATA: 554 refused", SmtpCommand.Data)]
    [InlineData("550 Please retry after 10 minutes", SmtpCommand.Unknown)]
    [InlineData("550 the mailbox after database repair is gone", SmtpCommand.Unknown)]
    [InlineData("550 the name used for mail routing is unknown", SmtpCommand.Unknown)]
    [InlineData("550 mailbox full after data migration", SmtpCommand.Unknown)]
    public void The_command_is_read_from_the_text(string text, SmtpCommand command)
    {
        Assert.Equal(command, SmtpDiagnosis.Analyze(text).Command);
        Assert.Equal(command, SmtpDiagnosis.FindCommand(text.AsSpan()));
    }

    [Fact]
    public void The_command_searched_from_the_words_the_analysis_found_is_the_one_a_search_of_the_whole_text_finds()
    {
        // The analysis searches only from the lead-ins its phrase matcher found; on any mix of lead-ins, verbs, addresses,
        // codes and white space that must lose nothing against searching from every lead-in. (Words glued to an address's
        // local part are not words to the matcher: "failedbo@example.net" holds no "failed".)
        Gen<string> piece = Gen.OneOf(
            Gen.OneOf(new[]
            {
                "in reply to ", "IN  REPLY TO ", "after ", "After ", ">>> ", ">>>", "did not like our ", "most progress was ", "smtp:", "SMTP command",
                "for ", "but sender was rejected", "does not like recipient", "[RCPT_TO]", "but greeting failed", "but my name was rejected",
            }),
            Gen.OneOf(new[] { "RCPT TO", "rcpt", "MAIL FROM", "DATA", "data", "BDAT", "TEXT", "EHLO", "HELO", "LHLO", "STARTTLS", "AUTH", "CONNECT", "initial connection", "initial greeting", "end of ", "pipelined ", "final " }),
            Gen.OneOf(new[] { " ", "  ", "\t", "\r\n", ":", "-", "=", " command", " command)", "(", "<bo@example.net>", " bo@example.net", "x", "550 5.1.1 ", "550-5.1.1 ", "\u00E9", "1" }));
        piece.Array[0, 24].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            Assert.Equal(SmtpDiagnosis.FindCommand(text.AsSpan()), SmtpDiagnosis.Analyze(text).Command);
        }, iter: 5000);
    }

    [Fact]
    public void What_decided_is_said_in_the_culture_asked_for_with_its_phrases_and_codes_as_written()
    {
        SmtpDiagnosis atData = SmtpDiagnosis.Analyze("said: 550 <bo@example.net>: User unknown (in reply to end of DATA command)");
        SmtpDiagnosis byVendor = SmtpDiagnosis.Analyze("421-4.7.28 Gmail has seen an unusual rate of mail from your IP address. 421 4.7.28 - gsmtp");

        Assert.Equal("ifade \"user unknown\" + komut DATA (diagnosis-rules.csv)", atData.DescribeMatch(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("phrase \"user unknown\" + command DATA (diagnosis-rules.csv)", atData.DescribeMatch(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(atData.DescribeMatch(CultureInfo.InvariantCulture), atData.MatchedBy);
        Assert.StartsWith("sağlayıcı Google 4.7.28", byVendor.DescribeMatch(CultureInfo.GetCultureInfo("tr")), StringComparison.Ordinal);
        Assert.StartsWith("vendor Google 4.7.28", byVendor.MatchedBy, StringComparison.Ordinal);
        Assert.Equal(string.Empty, SmtpDiagnosis.Analyze("nothing to see here").DescribeMatch(CultureInfo.GetCultureInfo("tr")));
    }

    [Fact]
    public void User_unknown_is_taken_at_its_word_at_RCPT_TO_or_with_an_addressing_status_and_else_is_a_filter()
    {
        SmtpDiagnosis atRcpt = SmtpDiagnosis.Analyze("said: 550 5.2.1 <bo@example.net>: User unknown (in reply to RCPT TO command)");
        SmtpDiagnosis atData = SmtpDiagnosis.Analyze("said: 550 5.2.1 <bo@example.net>: User unknown (in reply to end of DATA command)");
        SmtpDiagnosis badAddressAtData = SmtpDiagnosis.Analyze("said: 550 5.1.1 <bo@example.net>: User unknown (in reply to end of DATA command)");
        SmtpDiagnosis stepUnknown = SmtpDiagnosis.Analyze("550 <bo@example.net>: no such user");
        SmtpDiagnosis qmailAtRcpt = SmtpDiagnosis.Analyze("192.0.2.7 does not like recipient. Remote host said: 550 no such user here");
        SmtpDiagnosis noReply = SmtpDiagnosis.Analyze("The mail system has no user by that name: user unknown");

        Assert.Equal((BounceReason.UserUnknown, true), (atRcpt.Reason, atRcpt.IsHardBounce));
        Assert.Equal((BounceReason.Filtered, false), (atData.Reason, atData.IsHardBounce));
        Assert.Equal("phrase \"user unknown\" + command DATA (diagnosis-rules.csv)", atData.MatchedBy);
        Assert.Equal(BounceReason.UserUnknown, badAddressAtData.Reason);
        Assert.Equal(BounceReason.UserUnknown, qmailAtRcpt.Reason);

        // Any addressing status (X.1.X) confirms the words: Exchange Online's 5.1.10 is its "recipient not found".
        SmtpDiagnosis exchange = SmtpDiagnosis.Analyze("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup");
        Assert.Equal((BounceReason.UserUnknown, "phrase \"recipient not found\" + status X.1.X (diagnosis-rules.csv)"), (exchange.Reason, exchange.MatchedBy));

        // A 5XX reply at an unknown step, with no addressing status: the words alone don't prove the address is gone.
        Assert.Equal((BounceReason.Filtered, "phrase \"no such user\" + reply 5XX (diagnosis-rules.csv)"), (stepUnknown.Reason, stepUnknown.MatchedBy));

        // No reply at all: the reporting server says so itself.
        Assert.Equal(BounceReason.UserUnknown, noReply.Reason);
    }

    [Theory]
    [InlineData("550 Invalid recipient: <bo@example.net>")]
    [InlineData("550 <bo@example.net>: Recipient not found here")]
    [InlineData("553 sorry, no mailbox here by that name")]
    [InlineData("550 Mailbox does not exist: bo@example.net")]
    public void Words_about_the_recipient_or_the_mailbox_are_user_unknown_at_any_step_but_DATA(string text)
    {
        // Filters that hide behind "user unknown" answer in the old "user" words; a reply that names the recipient or
        // its mailbox is the recipient check itself, as OpenSMTPD's only reply for a missing mailbox is.
        Assert.Equal((BounceReason.UserUnknown, true), (SmtpDiagnosis.Analyze(text).Reason, SmtpDiagnosis.Analyze(text).IsHardBounce));
        Assert.Equal(BounceReason.Filtered, SmtpDiagnosis.Analyze(text, new DiagnosisContext(null, null, SmtpCommand.Data)).Reason);
    }

    [Fact]
    public void The_context_command_is_used_when_the_text_names_none()
    {
        var afterData = new DiagnosisContext(null, null, SmtpCommand.Data);
        Assert.Equal(SmtpCommand.Unknown, new DiagnosisContext(null, null).Command);
        Assert.Equal(BounceReason.Filtered, SmtpDiagnosis.Analyze("550 User unknown", afterData).Reason);
        Assert.Equal(SmtpCommand.Data, SmtpDiagnosis.Analyze("550 User unknown", afterData).Command);

        // The text's own word wins over the context's.
        SmtpDiagnosis said = SmtpDiagnosis.Analyze("550 User unknown (in reply to RCPT TO command)", afterData);
        Assert.Equal((SmtpCommand.RcptTo, BounceReason.UserUnknown), (said.Command, said.Reason));
    }

    [Fact]
    public void A_success_earlier_in_a_transcript_is_not_the_outer_reply_of_a_failure()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(
            "In: RCPT TO:<bo@example.net> Out: 250 2.1.5 Ok In: DATA Out: 354 Go ahead Out: 451 4.3.0 Temporary lookup failure");

        Assert.Equal((451, "4.3.0"), (diagnosis.Code, diagnosis.EnhancedCode?.ToString()));
        Assert.Equal((0, (EnhancedStatusCode?)null), (diagnosis.OuterCode, diagnosis.OuterEnhancedCode));
        Assert.NotEqual(BounceReason.Delivered, diagnosis.Reason);
    }

    [Fact]
    public void A_specific_context_status_beats_the_texts_generic_one_of_the_same_class()
    {
        var dsn = new DiagnosisContext(new EnhancedStatusCode(5, 3, 0), null);
        Assert.Equal("5.3.0", SmtpDiagnosis.Analyze("550 5.0.0 Service unavailable", dsn).EnhancedCode?.ToString());
        Assert.Equal("5.1.1", SmtpDiagnosis.Analyze("550 5.1.1 No such mailbox", dsn).EnhancedCode?.ToString());
        Assert.Equal("4.0.0", SmtpDiagnosis.Analyze("450 4.0.0 Try later", dsn).EnhancedCode?.ToString());

        // The text still loses the codes its own flattened lines repeat, not the DSN's.
        SmtpDiagnosis flattened = SmtpDiagnosis.Analyze("550-5.0.0 The service is not available 550 5.0.0 for this address", dsn);
        Assert.Equal("The service is not available for this address", flattened.Text);
    }

    [Fact]
    public void An_email_address_is_a_name_and_not_words()
    {
        SmtpDiagnosis sender = SmtpDiagnosis.Analyze("554 5.7.1 <spammer@example.org>: Sender address rejected: Access denied");
        SmtpDiagnosis bare = SmtpDiagnosis.Analyze("550 5.7.1 mail from spam-reports@example.org refused by our relay policy: access denied");
        SmtpDiagnosis right = SmtpDiagnosis.Analyze("550 5.1.1 <bo@example.net>:User unknown");
        SmtpDiagnosis flattened = SmtpDiagnosis.Analyze("550-5.0.0 <bo@example.net> mailbox 550-5.0.0 is full 550 5.0.0 <greylist@example.net>");
        SmtpDiagnosis icloud = SmtpDiagnosis.Analyze("550 5.1.1 <bo@icloud.com>: inactive email address");

        Assert.Equal((BounceReason.Rejected, "phrase \"sender address rejected\" (diagnosis-rules.csv)"), (sender.Reason, sender.MatchedBy));
        Assert.Equal(BounceReason.Rejected, bare.Reason);
        Assert.Equal(BounceReason.UserUnknown, right.Reason);
        Assert.Equal((BounceReason.MailboxFull, "phrase \"mailbox is full\" (diagnosis-rules.csv)"), (flattened.Reason, flattened.MatchedBy));

        // Nor is a host name's "spam" the word spam, while a blocklist's host name is still evidence.
        SmtpDiagnosis filterHost = SmtpDiagnosis.Analyze("host mx.spamexperts.com[192.0.2.9] said: 550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown");
        SmtpDiagnosis listed = SmtpDiagnosis.Analyze("554 5.7.1 Service unavailable; see https://check.spamhaus.org/listed/?searchterm=192.0.2.9");
        Assert.Equal(BounceReason.UserUnknown, filterHost.Reason);
        Assert.Equal(BounceReason.Blocked, listed.Reason);
        Assert.Equal(BounceReason.SpamDetected, SmtpDiagnosis.Analyze("554 5.7.0 Reject, id=12-34 - SPAM").Reason);

        // A vendor's marker still counts in an address: the mailbox is at that vendor.
        Assert.Equal(("Apple", BounceReason.Suspend), (icloud.Vendor, icloud.Reason));
    }

    [Fact]
    public void A_programs_exit_status_is_not_a_reply_code()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("X-Unix; 255");

        Assert.Equal(0, diagnosis.Code);
        Assert.Equal(BounceReason.MailerError, diagnosis.Reason);
        Assert.Equal("255", diagnosis.Text);
    }

    [Fact]
    public void A_transcript_heading_names_the_command()
    {
        Assert.Equal(SmtpCommand.RcptTo, SmtpDiagnosis.Analyze("Technical details: SMTP:RCPT host 192.0.2.8: 553 5.3.0 <bo@example.net>... No such user here").Command);
    }

    [Theory]
    [InlineData("500 The receiving server does not support TLS", BounceReason.FailedStartTLS)]
    [InlineData("DNS lookup failure: host mail.example.org not found", BounceReason.HostUnknown)]
    [InlineData("malformed address: <ann@example.org> may not follow <bo@example.net>", BounceReason.SyntaxError)]
    [InlineData("pipe to |/usr/local/bin/filter generated by ann@example.org: the command exited with status 75", BounceReason.MailerError)]
    [InlineData("554 delivery error: dd This user doesn't have a example.net account (ann@example.net) [0]", BounceReason.UserUnknown)]
    [InlineData("You're sending this from a different address using the 'Send mail as' feature, which is not set up", BounceReason.Rejected)]
    [InlineData("554 Invalid IP for sending mail of domain example.org", BounceReason.Blocked)]
    [InlineData("552 The recipient's mailbox exceeded its storage limit", BounceReason.MailboxFull)]
    [InlineData("No MX found for domain example.org", BounceReason.NotAccept)]
    [InlineData("Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", BounceReason.NotAccept)]
    [InlineData("ユーザー Ann (ann@example.jp) は Domino ディレクトリには見つかりません。", BounceReason.UserUnknown)]
    [InlineData("451 4.7.1 <ann@example.org>: Recipient address rejected: Greylisted, come back in five minutes", BounceReason.OnHold)]
    [InlineData("550 5.7.1 Your message seems to contain a virus and was refused", BounceReason.VirusDetected)]
    [InlineData("550 5.4.5 Daily sending quota exceeded for this account", BounceReason.Speeding)]
    [InlineData("552 5.2.2 Mailbox quota exceeded for ann@example.org", BounceReason.MailboxFull)]
    [InlineData("504 5.5.2 <pc01>: Helo command rejected: need fully-qualified hostname", BounceReason.Blocked)]
    [InlineData("conversation with mx.example.org[192.0.2.7] timed out while sending end of data", BounceReason.NetworkError)]
    [InlineData("550 5.7.1 Mail from 192.0.2.9 refused by SPF policy of example.org", BounceReason.AuthFailure)]
    [InlineData("550 5.7.1 Rejected: spf=fail (sender not allowed)", BounceReason.AuthFailure)]
    [InlineData("554 5.7.1 The message was rejected due to content restrictions of the organization", BounceReason.PolicyViolation)]
    [InlineData("550 Rejected by the gateway: Envelope blocked - User Entry - see the gateway's help page", BounceReason.Rejected)]
    [InlineData("550 5.1.1 <ann@example.org>... Addressee unknown, or relaying not allowed here", BounceReason.UserUnknown)]
    [InlineData("DNS Error: Domain name not found for example.invalid", BounceReason.HostUnknown)]
    [InlineData("all relevant MX records point to non-existent hosts", BounceReason.HostUnknown)]
    [InlineData("550 5.7.708 Access denied, traffic not accepted from this IP (192.0.2.5)", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Connection refused: 192.0.2.5 is in an RBL we use", BounceReason.Blocked)]
    [InlineData("421 Closing the channel now, your IP is listed on a public list", BounceReason.Blocked)]
    [InlineData("421 4.7.0 [TSS04] Mail from 192.0.2.5 deferred for now due to unexpected volume or user complaints", BounceReason.BadReputation)]
    [InlineData("421-4.7.28 An unusual rate of unsolicited mail comes from your IP, so its mail is temporarily rate limited", BounceReason.BadReputation)]
    [InlineData("421 4.7.0 This server has temporarily rate limited your IP", BounceReason.Speeding)]
    [InlineData("451 4.7.1 Service unavailable - try again later", BounceReason.SystemError)]
    [InlineData("553 sorry, example.org isn't in my list of allowed rcpthosts (#5.7.1)", BounceReason.NoRelaying)]
    [InlineData("550 5.7.1 Sender denied by the recipient's server", BounceReason.Rejected)]
    [InlineData("retry time not reached for any host after a long failure period", BounceReason.Expired)]
    [InlineData("Warning: cannot send message for 4 days, giving up", BounceReason.Expired)]
    [InlineData("451 4.4.0 DNS temporary failure while looking up example.org", BounceReason.NetworkError)]
    [InlineData("454 4.7.0 TLS not available due to a problem on this side", BounceReason.FailedStartTLS)]
    [InlineData("TLS is required, but the host mx.example.org did not offer it", BounceReason.FailedStartTLS)]
    [InlineData("554 5.6.0 Message refused: it has a bare LF in its body", BounceReason.NotCompliantRFC)]
    [InlineData("421 4.7.27 Mail from example.org is rate limited: SPF authentication did not pass", BounceReason.AuthFailure)]
    [InlineData("553 Sorry, the envelope sender domain must exist (#5.7.1)", BounceReason.Rejected)]
    [InlineData("all hosts for 'example.org' have been failing for a long time and were last tried after this message arrived", BounceReason.Expired)]
    [InlineData("Delivery to ann@example.org failed: envelope expired in the queue", BounceReason.Expired)]
    [InlineData("550 Rejected because 192.0.2.5 is in a black list kept by the receiver", BounceReason.Blocked)]
    [InlineData("450 4.7.1 Error: too much mail from 192.0.2.5", BounceReason.Speeding)]
    [InlineData("Server certificate not verified for mx.example.org", BounceReason.FailedStartTLS)]
    [InlineData("mail for example.org loops back to myself", BounceReason.NetworkError)]
    [InlineData("Loop detected: the message came back to this relay", BounceReason.NetworkError)]
    [InlineData("mailbox is full: retry timeout exceeded", BounceReason.MailboxFull)]
    [InlineData("cannot update mailbox /var/mail/ann for user ann. error writing message: File too large", BounceReason.MailboxFull)]
    [InlineData("451-192.0.2.5 is not yet authorized to deliver mail from <me@example.org>\n451 to <ann@example.org>. Please try later.", BounceReason.OnHold)]
    [InlineData("550-sender envelope address me@example.org is locally blacklisted here. If\n550 you think this is wrong, get in touch with postmaster", BounceReason.Rejected)]
    [InlineData("550-sender IP address 192.0.2.5 is locally blacklisted here", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Bad HELO name", BounceReason.Blocked)]
    [InlineData("550 no FCrDNS for 192.0.2.5", BounceReason.RequirePTR)]
    [InlineData("Mailing to remote domains not supported", BounceReason.NoRelaying)]
    [InlineData("550-Verification failed for <me@example.invalid>\n550-Mailing to remote domains not supported\n550 Sender verification failed", BounceReason.Rejected)]
    [InlineData("450 4.7.1 Error: too many recipients from 192.0.2.5", BounceReason.Speeding)]
    [InlineData("553 5.1.0 Sender address syntax error", BounceReason.Rejected)]
    [InlineData("501 5.5.4 Invalid command arguments: Invalid domain name", BounceReason.SyntaxError)]
    [InlineData("421 4.7.0 mx.example.org Error: too many errors", BounceReason.SyntaxError)]
    [InlineData("554 SMTP synchronization error", BounceReason.SyntaxError)]
    [InlineData("554 5.5.0 Error: SMTP protocol synchronization", BounceReason.SyntaxError)]
    [InlineData("550 Administrative prohibition", BounceReason.PolicyViolation)]
    [InlineData("451 4.1.8 Possibly forged hostname for 192.0.2.5", BounceReason.RequirePTR)]
    [InlineData("550 5.7.1 <ann@example.org>... bogus HELO name used: mx.example.org", BounceReason.Blocked)]
    [InlineData("550 HELO host name is not valid", BounceReason.Blocked)]
    [InlineData("421 Too many unrecognized commands, goodbye", BounceReason.SyntaxError)]
    [InlineData("554 Syntax error in the command", BounceReason.SyntaxError)]
    [InlineData("553 5.0.0 <ann@example.org... Unbalanced '<'", BounceReason.SyntaxError)]
    [InlineData("553 5.0.0 <>... User address required", BounceReason.SyntaxError)]
    [InlineData("503 5.5.0 No valid recipients", BounceReason.SyntaxError)]
    [InlineData("550 No MX for your FROM address", BounceReason.Rejected)]
    [InlineData("553 5.5.4 <ann@example.org>... Domain name required for sender address me", BounceReason.Rejected)]
    [InlineData("550 I cannot deliver mail for <ann@example.org>", BounceReason.NoRelaying)]
    [InlineData("421 4.3.2 Too many open connections.", BounceReason.TooManyConn)]
    [InlineData("550 Required header 'Date' missing", BounceReason.NotCompliantRFC)]
    [InlineData("523 Message length (30000 bytes) exceeds administrative limit(20000).", BounceReason.MesgTooBig)]
    [InlineData("X-Unix; 550 5.1.1 User unknown", BounceReason.UserUnknown)]
    [InlineData("X-Unix; 71", BounceReason.MailerError)]
    [InlineData("550 5.7.1 No such user!", BounceReason.UserUnknown)]
    [InlineData("550 kim@example.org... No such user", BounceReason.Filtered)]
    [InlineData("517 HELO mx.example.invalid does not exist.", BounceReason.Blocked)]
    [InlineData("503 5.5.1 Error: send HELO/EHLO first", BounceReason.SyntaxError)]
    [InlineData("501 Syntax: HELO hostname, and no host name was given", BounceReason.SyntaxError)]
    [InlineData("501 Syntax: STARTTLS takes no argument", BounceReason.SyntaxError)]
    [InlineData("550 5.7.0 [SPF] 192.0.2.9 may not send mail for example.net", BounceReason.AuthFailure)]
    [InlineData("421 Connection refused: this account used up the messages allowed per hour", BounceReason.Speeding)]
    [InlineData("550 5.7.1 The recipient doesn't want your mail any more", BounceReason.Filtered)]
    [InlineData("421 4.7.0 Mail from 192.0.2.9 is held back; register your IP with us first", BounceReason.Blocked)]
    [InlineData("554 mx.example.net cmsmtp mail from 192.0.2.9 refused. AUP#In-1020", BounceReason.Rejected)]
    [InlineData("550 5.7.1 Rejected by SpamAssassin: score 9.1 over 5", BounceReason.SpamDetected)]
    [InlineData("554 5.7.1 GTUBE test string found", BounceReason.SpamDetected)]
    [InlineData("553 Your sender address is blacklisted on this server", BounceReason.Rejected)]
    [InlineData("550 192.0.2.9 is not allowed to send mail from example.org", BounceReason.AuthFailure)]
    [InlineData("550 Please see http://www.openspf.net/Why?s=mfrom;id=me@example.org;ip=192.0.2.9", BounceReason.AuthFailure)]
    [InlineData("451 Sender rate 12.0 / 1h over the limit", BounceReason.Speeding)]
    [InlineData("503 5.7.1 Relay not allowed for clients that did not log in", BounceReason.NoRelaying)]
    [InlineData("lowest numbered MX record points to local host, so the mail would come back here", BounceReason.NetworkError)]
    [InlineData("mx.example.net: Connection closed unexpectedly while sending the message", BounceReason.NetworkError)]
    [InlineData("554 mx.example.net refused 192.0.2.5, see the error codes page. AUP#CXBL", BounceReason.Blocked)]
    [InlineData("554 192.0.2.5 is on our list IPBL0100, see the error codes page", BounceReason.Blocked)]
    [InlineData("421 connection limit reached for 192.0.2.5. AUP#CXCNCT", BounceReason.TooManyConn)]
    [InlineData("554 BL000010 mail from 192.0.2.5 looks like spam and was refused", BounceReason.Blocked)]
    [InlineData("554 DT:SPM mx.example.cn, please try again", BounceReason.SpamDetected)]
    [InlineData("421 HL:REP 192.0.2.5 is not trusted yet", BounceReason.BadReputation)]
    [InlineData("554 5.7.1 [2] Blocked by spam statistics - see the help page for 192.0.2.5", BounceReason.Blocked)]
    [InlineData("550 Your IP is not allowed to relay to example.org", BounceReason.NoRelaying)]
    [InlineData("550 [suspend] Mailbox currently suspended - contact the person another way", BounceReason.Suspend)]
    [InlineData("421 Sender address blocked", BounceReason.Rejected)]
    [InlineData("554 Email rejected due to security policies", BounceReason.PolicyViolation)]
    [InlineData("550 #5.1.0 Address rejected ann@example.org", BounceReason.UserUnknown)]
    [InlineData("550 Mail content denied. See the help page, item 726", BounceReason.SpamDetected)]
    [InlineData("550 Sender frequency limited, try again in an hour", BounceReason.Speeding)]
    [InlineData("550 Connection frequency limited for 192.0.2.5", BounceReason.Speeding)]
    [InlineData("550 Mailbox unavailable or access denied. See the help page, item 1000", BounceReason.Speeding)]
    [InlineData("550 Mail is rejected by recipients", BounceReason.Filtered)]
    [InlineData("554 5.0.0 Recipient kim@example.org is overquota", BounceReason.MailboxFull)]
    [InlineData("451 kim@example.org is over the quota, try later", BounceReason.MailboxFull)]
    [InlineData("550 Sorry, kim@example.org has a full mailbox", BounceReason.MailboxFull)]
    [InlineData("550 Rejected: message containing virus Eicar-Test", BounceReason.VirusDetected)]
    [InlineData("554 5.7.1 Refused: the message contains virus W32/Example.A", BounceReason.VirusDetected)]
    [InlineData("554 5.6.11 The message was refused: its line endings are not allowed", BounceReason.ContentError)]
    [InlineData("450 4.4.312 DNS query failed for example.org", BounceReason.NetworkError)]
    [InlineData("451 4.4.3 Name server timeout while looking up example.org", BounceReason.NetworkError)]
    [InlineData("CNAME lookup failed temporarily for example.org. (#4.4.3)", BounceReason.NetworkError)]
    [InlineData("421 mx.example.org: too many syntax or protocol errors, closing", BounceReason.SyntaxError)]
    [InlineData("554 client [192.0.2.5] is listed on bl.example.net", BounceReason.Blocked)]
    [InlineData("550 5.7.1 <ann@example.net>... Relaying denied. IP name lookup failed [192.0.2.5]", BounceReason.NoRelaying)]
    [InlineData("450 4.7.1 Access denied. IP name lookup failed [192.0.2.5]", BounceReason.RequirePTR)]
    [InlineData("550 Unrouteable address", BounceReason.UserUnknown)]
    [InlineData("Unrouteable address", BounceReason.HostUnknown)]
    [InlineData("554 IP=192.0.2.5 - A problem occurred. Ask your postmaster to contact the provider. (BL)", BounceReason.Blocked)]
    [InlineData("554 IP=192.0.2.5 - None/bad reputation, ask for a reset. (NOWL)", BounceReason.BadReputation)]
    [InlineData("554 The message was rejected by content filter: attachment type not allowed", BounceReason.Filtered)]
    [InlineData("550 5.7.1 Message rejected as spam by the content filter", BounceReason.SpamDetected)]
    [InlineData("451 4.2.0 <kim@example.org> Mail size is larger than the maximum size allowed here", BounceReason.MesgTooBig)]
    [InlineData("550 5.7.3 Security level check failed", BounceReason.FailedStartTLS)]
    [InlineData("<<< Network is down", BounceReason.NetworkError)]
    [InlineData("Delivery to mx.example.net: TLS is not available there", BounceReason.FailedStartTLS)]
    [InlineData("500 Unable to set minimum security level for mx.example.net", BounceReason.FailedStartTLS)]
    [InlineData("550 User <kim> unknown", BounceReason.UserUnknown)]
    [InlineData("500 <FROB> unknown command", BounceReason.SyntaxError)]
    [InlineData("MDA delivery failed: exit status 75 - \"deliver: cannot lock the mailbox\"", BounceReason.MailerError)]
    [InlineData("550 The recipient cannot be verified. Please check the address", BounceReason.UserUnknown)]
    [InlineData("550 mailbox unavailable (invalid DNS MX or A/AAAA resource record for example.org)", BounceReason.Rejected)]
    [InlineData("550 5.1.2 <ann@example.invalid>: Recipient address rejected: Domain not found", BounceReason.HostUnknown)]
    [InlineData("553-you are trying to use me [mx1.example.net] as a relay, but I have not been configured to let you do this", BounceReason.NoRelaying)]
    [InlineData("550 Delivery is not allowed to this address.", BounceReason.NoRelaying)]
    [InlineData("550 Rejected by header based Anti-Spoofing policy: me@example.org", BounceReason.PolicyViolation)]
    [InlineData("delivery temporarily suspended: connect to mx.example.org[192.0.2.5]:25: Connection timed out", BounceReason.Expired)]
    [InlineData("delivery temporarily suspended: connect to mx.example.org[192.0.2.5]:25: Connection refused", BounceReason.NetworkError)]
    [InlineData("550 5.0.0 Sorry, this account has been suspended", BounceReason.Suspend)]
    [InlineData("550 Mailbox is suspended for non-payment", BounceReason.Suspend)]
    [InlineData("Cannot start TLS: handshake failure", BounceReason.FailedStartTLS)]
    [InlineData("TLS session failure: the peer closed the connection", BounceReason.FailedStartTLS)]
    [InlineData("550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.5", BounceReason.Blocked)]
    [InlineData("550-5.7.1 [192.0.2.5] Messages missing a valid Message-ID header are not accepted.", BounceReason.NotCompliantRFC)]
    [InlineData("host mx.example.org [192.0.2.7]: 550 Administrative prohibition: see our policy", BounceReason.PolicyViolation)]
    [InlineData("554 5.7.0 Reject, id=31337-04 - BANNED: application/zip,.zip,statement.zip", BounceReason.PolicyViolation)]
    [InlineData("554-5.7.0 Bounce, id=22222-01 - BANNED: 554 5.7.0 .exe,payroll.exe", BounceReason.PolicyViolation)]
    [InlineData("local delivery failed", BounceReason.MailerError)]
    [InlineData("local delivery failed: retry timeout exceeded", BounceReason.MailerError)]
    [InlineData("Your message to <lee@example.org> was automatically rejected: I take no mail about this topic", BounceReason.Filtered)]
    [InlineData("SMTP; Connect failed", BounceReason.NetworkError)]
    [InlineData("mail forwarding loop for ann@example.org", BounceReason.NetworkError)]
    [InlineData("alias database loop for ann", BounceReason.NetworkError)]
    [InlineData("451 Internal resource is temporarily unavailable - retry in a minute", BounceReason.OnHold)]
    [InlineData("550 ME Client host blocked for spamming issues", BounceReason.Blocked)]
    [InlineData("554 mx.example.net 192.0.2.5 block for spam, see our postmaster page", BounceReason.Blocked)]
    [InlineData("550 #5.7.1 Your access to submit messages to this system has been refused", BounceReason.Blocked)]
    [InlineData("552 5.7.1 virus Example.Test-1 detected by the scanner", BounceReason.VirusDetected)]
    [InlineData("550 5.1.1 no such user here; X-Virus-Scanned: clean", BounceReason.UserUnknown)]
    [InlineData("550 #5.7.1 SPF: this host may not send mail for example.org", BounceReason.AuthFailure)]
    [InlineData("451 #4.4.3 Temporary error during the SPF lookup", BounceReason.AuthFailure)]
    [InlineData("552 Sorry, the email size exceeded our limit", BounceReason.MesgTooBig)]
    [InlineData("550 Too many messages per session, open a new one", BounceReason.TooManyConn)]
    [InlineData("553 Mail to this route requires encryption", BounceReason.FailedStartTLS)]
    [InlineData("451 TLS/SSL connection required here (#4.7.1)", BounceReason.FailedStartTLS)]
    [InlineData("452 4.3.1 Temporary system error, come back later", BounceReason.SystemError)]
    [InlineData("452 4.3.1 Insufficient system storage", BounceReason.SystemFull)]
    [InlineData("550 Local mailbox ann@example.org is unavailable: user is terminated", BounceReason.Suspend)]
    [InlineData("550 5.7.1 Recipient address rejected: this address is marked as invalid", BounceReason.UserUnknown)]
    [InlineData("552 Too much mail data for ann@example.jp", BounceReason.MailboxFull)]
    [InlineData("500 5.5.0 Line too long in the message body", BounceReason.NotCompliantRFC)]
    [InlineData("550 5.1.1 Archived recipient, the mailbox is closed", BounceReason.Suspend)]
    [InlineData("SMTP error from remote mail server after MAIL FROM:<me@example.org>: 530 5.7.1 Client was not authenticated", BounceReason.SecurityError)]
    [InlineData("530 5.7.0 Please issue a START TLS command first", BounceReason.FailedStartTLS)]
    [InlineData("550 5.7.1 Sender ID (PRA) check failed for this sender", BounceReason.AuthFailure)]
    [InlineData("451 4.5.1 Max concurrent sessions reached for 192.0.2.5", BounceReason.TooManyConn)]
    [InlineData("421 4.4.2 Message submission rate for this client is over the limit", BounceReason.Speeding)]
    [InlineData("501 5.7.1 Message is too long for this server", BounceReason.MesgTooBig)]
    [InlineData("550 5.7.1 Relaying is denied for example.org", BounceReason.NoRelaying)]
    [InlineData("450 4.7.1 Please try again later", BounceReason.OnHold)]
    [InlineData("451 Resources are busy, please try again later", BounceReason.SystemError)]
    [InlineData("mx.example.org: host lookup did not complete", BounceReason.NetworkError)]
    [InlineData("Temporary failure in MX lookup for example.org", BounceReason.NetworkError)]
    [InlineData("550 5.2.1 <ann@example.net>... Addressee unknown here", BounceReason.UserUnknown)]
    [InlineData("554 delivery error: ann@example.net is no longer valid", BounceReason.UserUnknown)]
    [InlineData("550 example.net requires valid sender domain", BounceReason.Rejected)]
    [InlineData("521 <192.0.2.5> is blocked", BounceReason.Blocked)]
    [InlineData("554 5.7.1 Your host is not allowed to connect here", BounceReason.Blocked)]
    [InlineData("452 Too many recipients received this hour", BounceReason.Speeding)]
    [InlineData("421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel", BounceReason.TooManyConn)]
    [InlineData("550 User has too many messages on the server.", BounceReason.MailboxFull)]
    [InlineData("450 4.2.1 <pat@example.net>: Mailbox received too much email in a short period of time", BounceReason.Speeding)]
    [InlineData("450 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.", BounceReason.Speeding)]
    [InlineData("451 4.3.0 <mx.example.org[192.0.2.8]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.", BounceReason.BadReputation)]
    [InlineData("550 Authentication is required for relay", BounceReason.NoRelaying)]
    [InlineData("552 4.3.1 Session size exceeds fixed maximum session size", BounceReason.MesgTooBig)]
    [InlineData("451 Unable to create new message file, status = ERROR_DISK_FULL", BounceReason.SystemFull)]
    [InlineData("550 is now disabled with SMTP service.", BounceReason.Suspend)]
    [InlineData("550 <kim@example.org>: Recipient address rejected: Account Closed", BounceReason.Suspend)]
    [InlineData("550 Due to extended inactivity new mail is not currently being accepted for this mailbox.", BounceReason.Suspend)]
    [InlineData("550 User has exhausted allowed storage space.", BounceReason.MailboxFull)]
    [InlineData("421 Server temporarily unavailable. Try again later.", BounceReason.SystemError)]
    [InlineData("450 4.4.1 The recipient's server was temporarily unavailable to accept your message", BounceReason.SystemError)]
    [InlineData("450 Service temporarily unavailable.", BounceReason.SystemError)]
    [InlineData("450 4.2.1 <kim@example.org>: Recipient address rejected: Mailbox temporarily unavailable, try again later", BounceReason.Suspend)]
    [InlineData("550 user is locked.", BounceReason.Suspend)]
    [InlineData("553 host denies relay.", BounceReason.NoRelaying)]
    [InlineData("552 Maximum size of the message reached.", BounceReason.MesgTooBig)]
    [InlineData("450 queue unavailable.", BounceReason.SystemError)]
    [InlineData("550 5.2.0 Mail rejected. ofr_506 [506]", BounceReason.SpamDetected)]
    [InlineData("552 message line is too long", BounceReason.NotCompliantRFC)]
    [InlineData("554 Rejected due to banned content", BounceReason.PolicyViolation)]
    [InlineData("550 Rejected: bad file extension in attachment", BounceReason.PolicyViolation)]
    [InlineData("554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION", BounceReason.PolicyViolation)]
    [InlineData("554 5.7.1 Forbidden attachment type .exe", BounceReason.PolicyViolation)]
    [InlineData("552 Office document with VBA macros found in the message", BounceReason.PolicyViolation)]
    [InlineData("554 Too many Received: headers", BounceReason.NetworkError)]
    [InlineData("550 5.7.1 Connection refused ELNK_105", BounceReason.RequirePTR)]
    [InlineData("550 5.7.1 Sender blocked error ELNK_111", BounceReason.Blocked)]
    [InlineData("421 4.2.1 Connection deferred ELNK_136", BounceReason.Speeding)]
    [InlineData("421 4.2.1 Connection deferred ELNK_110", BounceReason.TooManyConn)]
    [InlineData("450 busy--Please try again later", BounceReason.TooManyConn)]
    [InlineData("541 5.4.1 Mail rejected by destination domain", BounceReason.Filtered)]
    [InlineData("452 <lee@example.org> Mailbox delivery restricted by policy error", BounceReason.Filtered)]
    [InlineData("451 4.3.2 Internal server error", BounceReason.SystemError)]
    [InlineData("552 Message size exceeds fixed maximum message size: 5242880 bytes", BounceReason.MesgTooBig)]
    [InlineData("552 5.2.3 Message size exceeds fixed maximum message size (10485760)", BounceReason.ExceedLimit)]
    [InlineData("550 5.7.1 Reject for policy reason RULE3_2", BounceReason.PolicyViolation)]
    [InlineData("550-Verification failed for <news@example.com> 550-The mail server could not deliver mail to news@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. 550 Sender verify failed", BounceReason.Rejected)]
    [InlineData("550 recipient e-mail adress unknown", BounceReason.UserUnknown)]
    [InlineData("550 5.7.1 [UNS] Recipient has unsubscribed from your list.", BounceReason.Suppressed)]
    [InlineData("550 5.7.1 Your message contained an attachment type that is not allowed", BounceReason.PolicyViolation)]
    [InlineData("500 These attachments are not allowed -- please compress them first", BounceReason.PolicyViolation)]
    [InlineData("550 5.7.1 [ESA] Sender blocked.", BounceReason.Rejected)]
    [InlineData("551 Sender is on domain's blacklist", BounceReason.Rejected)]
    [InlineData("550 5.7.1 Our system has detected an excessively high number of invalid recipients originating from your account.", BounceReason.BadReputation)]
    [InlineData("550 [S10] Blocked", BounceReason.Blocked)]
    [InlineData("550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/", BounceReason.BadReputation)]
    [InlineData("550 5.7.705 Access denied, tenant has exceeded threshold.", BounceReason.BadReputation)]
    [InlineData("421 4.7.1 [TS03] All messages from 192.0.2.9 permanently deferred", BounceReason.BadReputation)]
    [InlineData("550 5.7.703 Your message can't be delivered because messages to kim@example.org are blocked by your organization using Tenant Allow Block List.", BounceReason.PolicyViolation)]
    [InlineData("421 4.7.0 IP not in whitelist for RCPT domain, closing connection.", BounceReason.NoRelaying)]
    [InlineData("450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error.", BounceReason.Speeding)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org", BounceReason.Blocked)]
    [InlineData("450 too frequent connects from 192.0.2.9, please try again later.", BounceReason.TooManyConn)]
    [InlineData("421 4.7.0 [TS02] Messages from 192.0.2.9 temporarily deferred - 4.16.56.1", BounceReason.BadReputation)]
    [InlineData("552 5.7.0 Our system detected an illegal attachment on your message.", BounceReason.PolicyViolation)]
    [InlineData("550 Sorry, no access for this ip", BounceReason.Blocked)]
    public void Wordings_real_servers_use(string text, BounceReason reason)
    {
        Assert.Equal(reason, SmtpDiagnosis.Analyze(text).Reason);
    }

    [Fact]
    public void A_421_that_says_the_service_is_not_available_is_the_servers_error_even_after_mail_from()
    {
        // RFC 5321's own words for 421; refused at MAIL FROM, the server closed the session, it did not refuse the sender.
        var context = new DiagnosisContext(null, null, SmtpCommand.MailFrom);
        Assert.Equal(BounceReason.SystemError, SmtpDiagnosis.Analyze("421 Service not available, closing transmission channel", context).Reason);
        Assert.Equal(BounceReason.Rejected, SmtpDiagnosis.Analyze("553 sorry, your envelope sender is not welcome here", context).Reason);
    }

    [Fact]
    public void A_size_limit_reported_with_the_status_of_a_full_mailbox_is_the_servers_limit()
    {
        // Sendmail turns a 552 without an enhanced code into 5.2.2 ("mailbox full") in its DSN; the words say the server's limit.
        var context = new DiagnosisContext(new EnhancedStatusCode(5, 2, 2), null);
        Assert.Equal(BounceReason.MesgTooBig, SmtpDiagnosis.Analyze("552 Message size exceeds fixed maximum message size: 5242880 bytes", context).Reason);
        Assert.Equal(BounceReason.MailboxFull, SmtpDiagnosis.Analyze("552 Requested mail action aborted: exceeded storage allocation", context).Reason);
    }

    [Fact]
    public void Hard_and_soft_follow_the_reason()
    {
        Assert.True(SmtpDiagnosis.Analyze("550 5.1.1 user unknown").IsHardBounce);
        Assert.False(SmtpDiagnosis.Analyze("452 4.2.2 mailbox full").IsHardBounce);
        Assert.Null(SmtpDiagnosis.Analyze("250 2.0.0 Ok").IsHardBounce);
        Assert.Null(SmtpDiagnosis.Analyze("the weather is nice").IsHardBounce);
    }

    [Fact]
    public void Describe_goes_from_the_most_specific_meaning_and_the_action_is_localized()
    {
        SmtpDiagnosis withStatus = SmtpDiagnosis.Analyze("550 5.1.1 user unknown");
        SmtpDiagnosis phraseOnly = SmtpDiagnosis.Analyze("550 sorry, that mailbox is full");

        Assert.Equal(new EnhancedStatusCode(5, 1, 1).Describe(Turkish), withStatus.Describe(Turkish));
        Assert.Equal(BounceReason.MailboxFull.Describe(Turkish), phraseOnly.Describe(Turkish));
        Assert.Equal(BounceReason.UserUnknown.DescribeAction(Turkish), withStatus.DescribeAction(Turkish));
        Assert.NotEqual(withStatus.DescribeAction(Turkish), withStatus.DescribeAction(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Matching_ignores_case_the_same_way_in_every_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Turkish;
            Assert.Equal(BounceReason.UserUnknown, SmtpDiagnosis.Analyze("550 5.1.1 USER UNKNOWN").Reason);
            Assert.Equal(BounceReason.NoRelaying, SmtpDiagnosis.Analyze("554 RELAYING DENIED").Reason);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\r\n  ")]
    [InlineData("\0\0\0\0")]
    [InlineData("\uD800\uDC00\uDFFF\uD800")]
    [InlineData("zzzz qqqq 1234567 ..... ---")]
    public void Input_with_nothing_to_explain_gives_an_empty_result(string? text)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.True(diagnosis.IsEmpty);
        Assert.Equal(BounceReason.Undefined, diagnosis.Reason);
        Assert.Equal(string.Empty, diagnosis.MatchedBy);
    }

    [Fact]
    public void Hostile_text_is_kept_as_given_in_the_text()
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze("550 5.1.1 \uD800\0\u001B[2J user unknown\u2028x");

        Assert.Equal(550, diagnosis.Code);
        Assert.Equal("\uD800\0\u001B[2J user unknown\u2028x", diagnosis.Text);
    }

    [Fact]
    public void Ten_megabytes_are_analyzed_without_failing()
    {
        var builder = new StringBuilder(10 * 1024 * 1024);
        var random = new Random(7);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append((char)random.Next(0, 0x10000));
        }

        string text = "550 5.2.2 mailbox full " + builder;
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);

        Assert.Equal(550, diagnosis.Code);
        Assert.Equal(text.Length - "550 5.2.2 ".Length, diagnosis.Text.Length + CountTrailingWhiteSpace(text));
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(11);
        const string alphabet = "0123455550.5.1.1 -:;<>()[]'\"#abcXYZ\r\n\t\0\u0130\u0131\uD800";
        for (int i = 0; i < 5000; i++)
        {
            char[] chars = Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(new string(chars));
            _ = diagnosis.Text;
            _ = diagnosis.MatchedBy;
            _ = diagnosis.Describe(Turkish);
        }
    }

    [Fact]
    public void Analyzing_a_typical_diagnostic_allocates_nothing()
    {
        const string text = "smtp; 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command) - see the help page of example.com for details";
        SmtpDiagnosis.Analyze(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            SmtpDiagnosis.Analyze(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Every_reason_has_both_texts_in_both_languages()
    {
        foreach (BounceReason reason in BounceReasonInfo.GetValues())
        {
            Assert.NotEqual(reason.Describe(CultureInfo.InvariantCulture), reason.Describe(Turkish));
            Assert.NotEqual(reason.DescribeAction(CultureInfo.InvariantCulture), reason.DescribeAction(Turkish));
            Assert.True(BounceReasonInfo.TryParse(reason.ToStringFast().ToUpperInvariant(), out BounceReason parsed));
            Assert.Equal(reason, parsed);
        }
    }

    private static int CountTrailingWhiteSpace(string text)
    {
        int n = 0;
        while (n < text.Length && char.IsWhiteSpace(text[text.Length - 1 - n]))
        {
            n++;
        }

        return n;
    }
}
