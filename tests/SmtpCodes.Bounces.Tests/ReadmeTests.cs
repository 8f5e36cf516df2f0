using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmtpCodes.Bounces.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>The README's "Decoding bounces" section shows what the code prints: its example line and its JSON fields.</summary>
public class ReadmeTests
{
    private const string Dsn = """
        From: Mail Delivery System <MAILER-DAEMON@relay.example.com>
        To: news@shop.example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain

        Your message could not be delivered.

        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; relay.example.com
        Arrival-Date: Tue, 03 Mar 2026 08:14:00 +0100

        Final-Recipient: rfc822; alice@example.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown in local recipient table

        --b1
        Content-Type: text/rfc822-headers

        Message-ID: <order-4711@shop.example.com>
        From: news@shop.example.com
        To: alice@example.org, bob@example.org
        Subject: Your order has shipped

        --b1--
        """;

    private static string Section()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "SmtpCodes.Generated.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        Assert.NotNull(directory);
        string readme = File.ReadAllText(Path.Combine(directory!, "README.md"));
        int start = readme.IndexOf("## Decoding bounces", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md lost its Decoding bounces section");
        int end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return readme.Substring(start, end - start);
    }

    [Fact]
    public void The_example_prints_the_line_the_readme_shows()
    {
        Match output = Regex.Match(Section(), "```text\n(?<line>[^\n]*)\n```", RegexOptions.Singleline);
        Assert.True(output.Success);

        BounceResult r = Emails.Decode(Dsn)[0];
        Assert.Equal(output.Groups["line"].Value, $"{r.Recipient} {r.Reason} hard={r.IsHardBounce} {r.ReplyCode} {r.Status} {r.OriginalMessageId}");
    }

    [Fact]
    public void The_json_example_has_exactly_the_fields_the_tool_writes()
    {
        Match example = Regex.Match(Section(), "```json\n(?<json>[^\n]*)\n```", RegexOptions.Singleline);
        Assert.True(example.Success);

        var output = new StringWriter();
        using var input = new StreamReader(new MemoryStream(Emails.Bytes(Dsn)), Encoding.UTF8);
        Assert.Equal(0, SmtpCodes.Cli.Program.Run(["bounce", "-", "--json"], input, output, new StringWriter()));

        using JsonDocument readme = JsonDocument.Parse(example.Groups["json"].Value);
        using JsonDocument written = JsonDocument.Parse(output.ToString().Split('\n')[0]);
        Assert.Equal(
            readme.RootElement.EnumerateObject().Select(p => p.Name),
            written.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(readme.RootElement.GetProperty("reason").GetString(), written.RootElement.GetProperty("reason").GetString());
        Assert.Equal(readme.RootElement.GetProperty("matchedBy").GetString(), written.RootElement.GetProperty("matchedBy").GetString());
    }
}
