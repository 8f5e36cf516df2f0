using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace SmtpCodes.Tests.Replies;

public class EnhancedStatusCodeTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Turkish = new("tr-TR");

    [Theory]
    [InlineData("5.1.1", 5, 1, 1)]
    [InlineData("4.7.1", 4, 7, 1)]
    [InlineData("2.0.0", 2, 0, 0)]
    [InlineData("5.7.30", 5, 7, 30)]
    [InlineData("4.123.999", 4, 123, 999)]
    public void TryParse_reads_class_subject_and_detail(string text, int classDigit, int subject, int detail)
    {
        Assert.True(EnhancedStatusCode.TryParse(text, out EnhancedStatusCode code));
        Assert.Equal((EnhancedStatusClass)classDigit, code.Class);
        Assert.Equal(subject, code.Subject);
        Assert.Equal(detail, code.Detail);
        Assert.Equal(text, code.ToString());
        Assert.Equal(new EnhancedStatusCode(classDigit, subject, detail), code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5.1")]
    [InlineData("5.1.1.1")]
    [InlineData("3.1.1")]
    [InlineData("6.1.1")]
    [InlineData("X.1.1")]
    [InlineData("5.1000.1")]
    [InlineData("5.1.1000")]
    [InlineData("5..1")]
    [InlineData("5.1.")]
    [InlineData(" 5.1.1")]
    [InlineData("5.1.1 ")]
    [InlineData("5.a.1")]
    [InlineData("٥.١.١")]
    [InlineData("55.1.1")]
    public void TryParse_rejects_anything_else(string text)
    {
        Assert.False(EnhancedStatusCode.TryParse(text, out EnhancedStatusCode code));
        Assert.Equal(default, code);
        FormatException error = Assert.Throws<FormatException>(() => EnhancedStatusCode.Parse(text));
        Assert.Contains("is not an enhanced status code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_is_by_value()
    {
        EnhancedStatusCode a = EnhancedStatusCode.Parse("5.1.1");
        Assert.True(a == new EnhancedStatusCode(5, 1, 1));
        Assert.True(a != EnhancedStatusCode.Parse("4.1.1"));
        Assert.False(a.Equals(EnhancedStatusCode.Parse("5.1.2")));
        Assert.Equal(a.GetHashCode(), new EnhancedStatusCode(5, 1, 1).GetHashCode());
        Assert.NotEqual(a.GetHashCode(), EnhancedStatusCode.Parse("5.11.1").GetHashCode());
    }

    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(5, -1, 1)]
    [InlineData(5, 1, 1000)]
    public void The_constructor_rejects_parts_out_of_range(int classDigit, int subject, int detail)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EnhancedStatusCode(classDigit, subject, detail));
    }

    [Fact]
    public void TryFormat_writes_without_allocating_and_refuses_a_short_buffer()
    {
        EnhancedStatusCode code = EnhancedStatusCode.Parse("4.123.45");
        Span<char> buffer = stackalloc char[16];
        Assert.True(code.TryFormat(buffer, out int written));
        Assert.Equal("4.123.45", buffer.Slice(0, written).ToString());
        Assert.False(code.TryFormat(buffer.Slice(0, 7), out _));
    }

    [Theory]
    [InlineData("5.1.1", "Permanent failure: Bad destination mailbox address", "Kalıcı hata: Geçersiz hedef posta kutusu adresi")]
    [InlineData("4.2.2", "Persistent transient failure: Mailbox full", "Süregelen geçici hata: Posta kutusu dolu")]
    [InlineData("2.0.0", "Success: Other undefined status", "Başarılı: Diğer tanımsız durum")]
    [InlineData("5.1.99", "Permanent failure: Addressing status", "Kalıcı hata: Adresleme durumu")]
    [InlineData("5.9.99", "Permanent failure: Unknown status X.9.99", "Kalıcı hata: Bilinmeyen durum X.9.99")]
    public void Describe_falls_back_from_detail_to_subject_to_class_never_to_another_entry(string text, string en, string tr)
    {
        EnhancedStatusCode code = EnhancedStatusCode.Parse(text);
        Assert.Equal(en, code.Describe(English));
        Assert.Equal(tr, code.Describe(Turkish));
    }

    [Fact]
    public void Status_names_the_registry_entry_whatever_the_class()
    {
        Assert.Equal(EnhancedStatus.BadDestinationMailboxAddress, EnhancedStatusCode.Parse("5.1.1").Status);
        Assert.Equal(EnhancedStatus.BadDestinationMailboxAddress, EnhancedStatusCode.Parse("4.1.1").Status);
        Assert.True(EnhancedStatusCode.Parse("4.7.1").IsKnown);
        Assert.False(EnhancedStatusCode.Parse("4.7.999").IsKnown);
        Assert.Equal(1, EnhancedStatus.BadDestinationMailboxAddress.GetSubject());
        Assert.Equal(1, EnhancedStatus.BadDestinationMailboxAddress.GetDetail());
    }

    [Fact]
    public void The_default_value_says_it_is_not_a_code()
    {
        Assert.Equal("0.0.0 is not an enhanced status code", default(EnhancedStatusCode).Describe(English));
    }

    [Fact]
    public void The_registry_table_has_every_class_every_subject_and_its_entries()
    {
        EnhancedStatus[] entries = EnhancedStatusInfo.GetValues().ToArray();
        // As many entries as enhanced-codes.csv has detail rows (LiveTableTests checks each one).
        Assert.Equal(
            SmtpCodes.Generator.Csv.CodeTableParser.Parse(System.IO.File.ReadAllText(Infrastructure.TestData.Path("enhanced-codes.csv")), SmtpCodes.Generator.Csv.CodeTableKind.Enhanced)
                .Table!.Value.Rows.Count(r => r.IsMember),
            entries.Length);
        Assert.Contains(EnhancedStatus.OtherUndefinedStatus, entries);
        // The registry as of RFC 8689 at least; rows added later keep this green.
        Assert.Subset(entries.Select(e => e.GetSubject()).ToHashSet(), new[] { 0, 1, 2, 3, 4, 5, 6, 7 }.ToHashSet());
        Assert.True(entries.Where(e => e.GetSubject() == 7).Max(e => e.GetDetail()) >= 30);
        foreach (EnhancedStatus entry in entries)
        {
            Assert.NotEqual(entry.Describe(English), entry.Describe(Turkish));
            Assert.True(EnhancedStatusInfo.TryParse("X." + entry.GetSubject().ToString(CultureInfo.InvariantCulture) + "." + entry.GetDetail().ToString(CultureInfo.InvariantCulture), out EnhancedStatus parsed));
            Assert.Equal(entry, parsed);
        }

        foreach (int classDigit in new[] { 2, 4, 5 })
        {
            Assert.True(EnhancedStatusInfo.ClassIndex(classDigit) >= 0);
        }

        for (int subject = 0; subject <= 7; subject++)
        {
            Assert.True(EnhancedStatusInfo.SubjectIndex(subject) >= 0);
        }
    }

    [Theory]
    [InlineData("X.1.1", EnhancedStatus.BadDestinationMailboxAddress)]
    [InlineData("5.1.1", EnhancedStatus.BadDestinationMailboxAddress)]
    [InlineData("baddestinationmailboxaddress", EnhancedStatus.BadDestinationMailboxAddress)]
    [InlineData("x.2.2", EnhancedStatus.MailboxFull)]
    public void EnhancedStatusInfo_parses_table_codes_server_codes_and_names(string text, EnhancedStatus expected)
    {
        Assert.True(EnhancedStatusInfo.TryParse(text, out EnhancedStatus status));
        Assert.Equal(expected, status);
        Assert.False(EnhancedStatusInfo.TryParse("X.9.9", out _));
    }
}
