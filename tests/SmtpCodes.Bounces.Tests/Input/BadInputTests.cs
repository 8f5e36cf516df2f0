using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Input;

public class BadInputTests
{
    private const string EximNotice = """
        From: Mail Delivery System <Mailer-Daemon@mx1.example.com>
        To: news@shop.example.com
        Subject: Mail delivery failed: returning message to sender

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          bea@example.org
            host mx.example.org [192.0.2.11]
            SMTP error from remote mail server after RCPT TO:<bea@example.org>:
            550 5.1.1 unknown mailbox
        """;

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("this is not an email at all")]
    [InlineData("Content-Type: multipart/report; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient")]
    public void Garbage_and_truncated_input_gives_no_result_and_no_exception(string input)
    {
        Assert.Empty(BounceDecoder.Decode(new MemoryStream(Encoding.UTF8.GetBytes(input))));
    }

    [Fact]
    public void A_truncated_bounce_still_gives_what_it_has()
    {
        string cut = EximNotice.Substring(0, EximNotice.IndexOf("SMTP error", StringComparison.Ordinal));
        BounceResult result = Assert.Single(Emails.Decode(cut));
        Assert.Equal("bea@example.org", result.Recipient);
    }

    [Fact]
    public void Eight_bit_garbage_in_headers_does_not_stop_the_decoding()
    {
        byte[] notice = Emails.Bytes(EximNotice);
        byte[] garbage = [(byte)'X', (byte)'-', (byte)'J', (byte)'u', (byte)'n', (byte)'k', (byte)':', (byte)' ', 0xFF, 0xFE, 0x80, 0xC3, 0x28, 0x00, 0x1B, (byte)'\r', (byte)'\n'];
        var bytes = new List<byte>(garbage);
        bytes.AddRange(notice);

        BounceResult result = Assert.Single(BounceDecoder.Decode(new MemoryStream(bytes.ToArray())));
        Assert.Equal(550, result.ReplyCode);
    }

    [Theory]
    [InlineData("iso-2022-jp")]
    [InlineData("shift_jis")]
    public void Japanese_bodies_are_decoded_from_their_charset(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Encoding encoding = Encoding.GetEncoding(charset);
        string text = """
            送信先のメールボックスが一杯のため、送信できませんでした。
            Could not be delivered to: <chika@example.jp>
            550 5.2.2 mailbox full
            """.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] head = Encoding.ASCII.GetBytes($"From: MAILER-DAEMON@mx.example.jp\r\nTo: news@shop.example.com\r\nSubject: Returned mail\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        byte[] body = encoding.GetBytes(text);
        var bytes = new byte[head.Length + body.Length];
        head.CopyTo(bytes, 0);
        body.CopyTo(bytes, head.Length);

        BounceResult result = Assert.Single(BounceDecoder.Decode(new MemoryStream(bytes)));
        Assert.Equal("chika@example.jp", result.Recipient);
        Assert.Equal("5.2.2", result.Status?.ToString());
    }

    [Fact]
    public void A_50_MB_attachment_is_not_read_into_memory()
    {
        string path = Path.Combine(Path.GetTempPath(), $"smtpcodes-big-{Guid.NewGuid():N}.eml");
        try
        {
            using (FileStream file = File.Create(path))
            {
                byte[] head = Emails.Bytes("""
                    From: Mail Delivery System <MAILER-DAEMON@relay.example.com>
                    To: news@shop.example.com
                    Subject: Undelivered Mail Returned to Sender
                    MIME-Version: 1.0
                    Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                    --b1
                    Content-Type: text/plain

                    The message was too big.

                    --b1
                    Content-Type: message/delivery-status

                    Reporting-MTA: dns; relay.example.com

                    Final-Recipient: rfc822; dora@example.org
                    Action: failed
                    Status: 5.3.4
                    Diagnostic-Code: smtp; 552 5.3.4 message size exceeds the limit

                    --b1
                    Content-Type: application/octet-stream
                    Content-Transfer-Encoding: base64


                    """);
                file.Write(head);
                byte[] line = Encoding.ASCII.GetBytes(new string('A', 76) + "\r\n");
                for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
                {
                    file.Write(line);
                }

                file.Write(Emails.Bytes("\n--b1--\n"));
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            BounceResult result = Assert.Single(BounceDecoder.DecodeFile(path));
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(552, result.ReplyCode);
            Assert.True(allocated < 16 * 1024 * 1024, $"decoding allocated {allocated:N0} bytes for a 50 MB attachment");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
