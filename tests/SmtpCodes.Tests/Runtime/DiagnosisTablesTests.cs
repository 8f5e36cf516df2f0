using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// The shape of reasons.csv (the bounce reason taxonomy) and vendors/*.csv (what each mailbox provider's codes mean),
/// checked on the files themselves until the generator reads them.
/// </summary>
public class DiagnosisTablesTests
{
    /// <summary>Sisimai's reasons, in Sisimai's order, so results compare one to one.</summary>
    private static readonly string[] ReasonNames =
    {
        "Undefined", "AuthFailure", "BadReputation", "Blocked", "ContentError", "Delivered", "ExceedLimit", "Expired",
        "FailedStartTLS", "Feedback", "Filtered", "HasMoved", "HostUnknown", "MailboxFull", "MailerError", "MesgTooBig",
        "NetworkError", "NoRelaying", "NotAccept", "NotCompliantRFC", "OnHold", "PolicyViolation", "Rejected",
        "RequirePTR", "SecurityError", "SpamDetected", "Speeding", "Suppressed", "Suspend", "SyntaxError", "SystemError",
        "SystemFull", "TooManyConn", "UserUnknown", "Vacation", "VirusDetected",
    };

    private static readonly string[] ReasonsHeader = { "name", "bounce", "en", "tr", "action.en", "action.tr" };
    private static readonly string[] VendorHeader = { "status", "tag", "name", "reason", "en", "tr" };
    private static readonly string[] Vendors = { "google", "microsoft", "yahoo", "apple" };

    public static IEnumerable<object[]> VendorFiles() => Vendors.Select(v => new object[] { v });

    [Fact]
    public void Reasons_csv_has_the_exact_header_and_every_cell_filled()
    {
        List<string[]> rows = Read("reasons.csv");

        Assert.Equal(ReasonsHeader, rows[0]);
        AssertRectangular("reasons.csv", rows);
        foreach (string[] row in rows.Skip(1))
        {
            for (int i = 0; i < row.Length; i++)
            {
                Assert.False(string.IsNullOrWhiteSpace(row[i]), $"reasons.csv: {row[0]} has an empty {ReasonsHeader[i]}");
            }
        }
    }

    [Fact]
    public void Reasons_csv_lists_the_36_reasons_in_order()
    {
        string[] names = Read("reasons.csv").Skip(1).Select(r => r[0]).ToArray();

        Assert.Equal(ReasonNames, names);
    }

    [Fact]
    public void Only_a_missing_destination_is_a_hard_bounce()
    {
        Dictionary<string, string> bounce = Read("reasons.csv").Skip(1).ToDictionary(r => r[0], r => r[1]);

        Assert.All(bounce.Values, b => Assert.Contains(b, new[] { "hard", "soft", "none" }));
        Assert.Equal(
            new[] { "HasMoved", "HostUnknown", "NotAccept", "UserUnknown" },
            bounce.Where(p => p.Value == "hard").Select(p => p.Key).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "Delivered", "Feedback", "Undefined", "Vacation" },
            bounce.Where(p => p.Value == "none").Select(p => p.Key).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void A_vendor_file_has_the_exact_header_and_every_cell_but_the_tag_filled(string vendor)
    {
        string file = $"vendors/{vendor}.csv";
        List<string[]> rows = Read(file);

        Assert.Equal(VendorHeader, rows[0]);
        AssertRectangular(file, rows);
        Assert.InRange(rows.Count - 1, 5, 60);
        foreach (string[] row in rows.Skip(1))
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (VendorHeader[i] != "tag")
                {
                    Assert.False(string.IsNullOrWhiteSpace(row[i]), $"{file}: {row[2]} has an empty {VendorHeader[i]}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void A_vendor_row_names_a_known_reason_and_a_valid_status(string vendor)
    {
        string file = $"vendors/{vendor}.csv";
        foreach (string[] row in Read(file).Skip(1))
        {
            Assert.True(ReasonNames.Contains(row[3], StringComparer.Ordinal), $"{file}: {row[2]} has reason '{row[3]}'");
            Assert.True(IsEnhancedStatus(row[0]), $"{file}: {row[2]} has status '{row[0]}'");
        }
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void A_vendor_row_name_is_a_unique_PascalCase_identifier(string vendor)
    {
        string file = $"vendors/{vendor}.csv";
        string[] names = Read(file).Skip(1).Select(r => r[2]).ToArray();

        Assert.All(names, n => Assert.True(
            n.Length > 0 && char.IsAsciiLetterUpper(n[0]) && n.All(char.IsAsciiLetterOrDigit),
            $"{file}: '{n}' is not a PascalCase identifier"));
        string[] duplicates = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(duplicates.Length == 0, $"{file}: duplicate names {string.Join(", ", duplicates)}");
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void A_status_has_its_tagged_rows_first_and_at_most_one_untagged_row(string vendor)
    {
        string file = $"vendors/{vendor}.csv";
        foreach (IGrouping<string, string[]> status in Read(file).Skip(1).GroupBy(r => r[0], StringComparer.Ordinal))
        {
            string[] tags = status.Select(r => r[1]).ToArray();
            Assert.True(tags.Count(t => t.Length == 0) <= 1, $"{file}: {status.Key} has more than one untagged row");
            Assert.True(
                tags.SkipWhile(t => t.Length > 0).All(t => t.Length == 0),
                $"{file}: {status.Key} has a tagged row after its untagged one");
            Assert.Equal(tags.Length, tags.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Theory]
    [MemberData(nameof(VendorFiles))]
    public void A_vendor_file_keeps_each_status_together(string vendor)
    {
        string[] statuses = Read($"vendors/{vendor}.csv").Skip(1).Select(r => r[0]).ToArray();
        string[] runs = statuses.Where((s, i) => i == 0 || s != statuses[i - 1]).ToArray();

        Assert.Equal(runs.Length, runs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_text_in_the_tables_says_TODO()
    {
        foreach (string file in Vendors.Select(v => $"vendors/{v}.csv").Prepend("reasons.csv"))
        {
            Assert.DoesNotContain("TODO", File.ReadAllText(TestData.Path(file)), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Every_vendor_csv_in_the_repository_is_checked_here()
    {
        string[] inRepository = Directory.GetFiles(Path.Combine(TestData.RepositoryRoot, "vendors"), "*.csv")
            .Select(f => Path.GetFileNameWithoutExtension(f)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(Vendors.OrderBy(n => n, StringComparer.Ordinal), inRepository);
    }

    [Theory]
    [InlineData("a,\"b, c\",\"say \"\"hi\"\"\"\r\nd,,\n", new[] { "a|b, c|say \"hi\"", "d||" })]
    [InlineData("x,\"line\nbreak\"", new[] { "x|line\nbreak" })]
    public void The_reader_follows_RFC_4180(string text, string[] expected)
    {
        Assert.Equal(expected, Parse(text).Select(r => string.Join("|", r)));
    }

    /// <summary>A class digit of 2, 4 or 5, then subject and detail of one to three digits.</summary>
    private static bool IsEnhancedStatus(string status)
    {
        string[] parts = status.Split('.');
        return parts.Length == 3
            && parts[0] is "2" or "4" or "5"
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit)
                && int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) == p);
    }

    private static void AssertRectangular(string file, List<string[]> rows)
    {
        Assert.True(rows.Count > 1, $"{file} has no rows");
        for (int i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i].Length == rows[0].Length, $"{file} line {i + 1} has {rows[i].Length} fields, not {rows[0].Length}");
        }
    }

    private static List<string[]> Read(string file)
    {
        string text = File.ReadAllText(TestData.Path(file), new UTF8Encoding(false, true));
        Assert.False(text.StartsWith('\uFEFF'), $"{file} starts with a byte order mark");
        return Parse(text);
    }

    /// <summary>RFC 4180: fields separated by commas, records by CRLF or LF, quoted fields with doubled quotes.</summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0 && !wasQuoted, $"a quote inside an unquoted field at offset {i}");
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                rows.Add(fields.ToArray());
                fields.Clear();
                field.Clear();
                wasQuoted = false;
            }
            else
            {
                Assert.False(wasQuoted, $"text after a closing quote at offset {i}");
                field.Append(c);
            }
        }

        Assert.False(quoted, "an unterminated quoted field");
        if (field.Length > 0 || fields.Count > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            rows.Add(fields.ToArray());
        }

        return rows;
    }
}
