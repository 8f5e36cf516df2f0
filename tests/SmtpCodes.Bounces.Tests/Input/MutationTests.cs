using System;
using System.IO;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Input;

/// <summary>Damaged bounces (bytes flipped, cut, repeated) never make the decoder throw.</summary>
public class MutationTests
{
    [Fact]
    public void Damaged_bounces_never_throw()
    {
        byte[][] seeds =
        [
            Emails.Bytes(MailboxTests.Bounce("amy@example.org", 550)),
            Emails.Bytes("""
                From: MAILER-DAEMON@relay.example.com
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.com

                Final-Recipient: rfc822; ben@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 no such user

                --b1
                Content-Type: message/rfc822

                Subject: hello

                --b1--
                """),
        ];

        var random = new Random(20260302);
        int decoded = 0;
        for (int round = 0; round < 400; round++)
        {
            byte[] seed = seeds[round % seeds.Length];
            byte[] damaged = Mutate(seed, random);
            var results = BounceDecoder.Decode(new MemoryStream(damaged));
            decoded += results.Count;
            foreach (BounceResult result in results)
            {
                Assert.False(string.IsNullOrEmpty(result.Recipient));
                Assert.NotNull(result.Diagnostic);
            }
        }

        // Most damage leaves the recipient readable: the decoder is not simply giving up.
        Assert.True(decoded > 100, $"only {decoded} results from 400 damaged bounces");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        byte[] bytes = (byte[])seed.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (int i = 0; i < 8; i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case 1:
                return bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
            case 2:
                int at = random.Next(bytes.Length);
                byte[] doubled = new byte[bytes.Length + at];
                bytes.AsSpan(0, at).CopyTo(doubled);
                bytes.AsSpan(0, at).CopyTo(doubled.AsSpan(at));
                bytes.AsSpan(at).CopyTo(doubled.AsSpan(2 * at));
                return doubled;
            default:
                for (int i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'\n' && random.Next(5) == 0)
                    {
                        bytes[i] = (byte)' ';
                    }
                }

                return bytes;
        }
    }
}
