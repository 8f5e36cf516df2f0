using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Input;

public sealed class MailboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"smtpcodes-mbox-{Guid.NewGuid():N}");

    public MailboxTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static string Bounce(string recipient, int code) => $"""
        From: MAILER-DAEMON@mail.example.com
        To: news@shop.example.com
        Subject: failure notice

        Hi. This is the qmail-send program at mail.example.com.
        I'm afraid I wasn't able to deliver your message to the following addresses.

        <{recipient}>:
        Remote host said: {code} no good

        --- Below this line is a copy of the message.

        Subject: hello
        """;

    private const string NotABounce = """
        From: friend@example.org
        To: news@shop.example.com
        Subject: hello

        Just saying hello.
        """;

    [Fact]
    public async Task An_mbox_gives_the_results_of_each_message_in_order_with_its_number()
    {
        string mbox = Path.Combine(_folder, "bounces.mbox");
        string content = "From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + Bounce("amy@example.org", 550) + "\n\n" +
                         "From friend@example.org Mon Mar  2 10:01:00 2026\n" + NotABounce + "\n\n" +
                         "From MAILER-DAEMON Mon Mar  2 10:02:00 2026\n" + Bounce("ben@example.org", 552) + "\n";
        await File.WriteAllBytesAsync(mbox, Emails.Bytes(content));

        var results = new List<BounceResult>();
        await foreach (BounceResult result in BounceDecoder.DecodeMboxAsync(mbox))
        {
            results.Add(result);
        }

        Assert.Equal(2, results.Count);
        Assert.Equal(("amy@example.org", 550, 1), (results[0].Recipient, results[0].ReplyCode, results[0].MessageNumber));
        Assert.Equal(("ben@example.org", 552, 3), (results[1].Recipient, results[1].ReplyCode, results[1].MessageNumber));
        Assert.All(results, r => Assert.Equal(mbox, r.File));
        Assert.True(BounceDecoder.IsMbox(mbox));
    }

    [Fact]
    public async Task A_maildir_reads_cur_and_new_in_path_order()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "cur"));
        Directory.CreateDirectory(Path.Combine(_folder, "new"));
        Directory.CreateDirectory(Path.Combine(_folder, "tmp"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "cur", "1.host:2,S"), Emails.Bytes(Bounce("cem@example.org", 550)));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "new", "2.host"), Emails.Bytes(Bounce("dan@example.org", 554)));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "tmp", "3.host"), Emails.Bytes(Bounce("eda@example.org", 550)));

        var recipients = new List<string>();
        await foreach (BounceResult result in BounceDecoder.DecodeMaildirAsync(_folder))
        {
            recipients.Add(result.Recipient);
        }

        Assert.Equal(["cem@example.org", "dan@example.org"], recipients);
    }

    [Fact]
    public async Task Cancellation_stops_between_messages()
    {
        for (int i = 0; i < 5; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(_folder, $"{i}.eml"), Emails.Bytes(Bounce($"user{i}@example.org", 550)));
        }

        using var cancellation = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (BounceResult result in BounceDecoder.DecodeMaildirAsync(_folder, cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, seen);
    }
}
