using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// Every code in the seed document (a Turkish hosting company's table, copied to Data/) is in SmtpReply with the seed's
/// English and Turkish text, except where the seed contradicts the RFCs or lost its markup; those rows are listed here
/// with the reason, so a correction is never silent.
/// </summary>
public class SeedDocumentTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly CultureInfo Turkish = new("tr-TR");

    /// <summary>Where codes.csv deliberately differs from the seed, and why.</summary>
    public static readonly Dictionary<int, (string En, string Tr, string Why)> Corrections = new()
    {
        [252] = ("Cannot VRFY user, but will accept message and attempt delivery", "Kullanıcı VRFY ile doğrulanamıyor, ancak ileti kabul edilip teslim edilmeye çalışılacak",
            "RFC 5321: the server will accept the message and try to deliver it; it does not say 'later'."),
        [354] = ("Start mail input; end with <CRLF>.<CRLF>", "Mail giriş başlangıcı; <CRLF>.<CRLF> ile sona eriyor",
            "The seed's HTML lost the <CRLF>.<CRLF> terminator RFC 5321 names; the Turkish was left without its object."),
        [432] = ("A password transition is needed", "Parola geçişi gerekiyor",
            "RFC 4954: 432 4.7.12 is 'A password transition is needed'; the seed repeats 421's text."),
        [450] = ("Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)",
            "İstenen posta işlemi gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu meşgul ya da politika nedeniyle geçici olarak engellenmiş)",
            "RFC 5321's text with its example; 'posta kutusu yok' means the mailbox does not exist, which 450 (a temporary failure) does not say."),
        [451] = ("Requested action aborted: local error in processing", "İstenen işlem yarıda kesildi: işlenirken yerel bir hata oluştu",
            "RFC 5321's text; the seed ran another sentence into it and its Turkish blamed the request."),
        [452] = ("Requested action not taken: insufficient system storage (also the reply when a message has too many recipients)",
            "İstenen işlem gerçekleştirilmedi: sistem depolama alanı yetersiz (alıcı sayısı sınırı aşıldığında da bu yanıt verilir)",
            "RFC 5321 4.5.3.1.10: a server out of recipient slots must answer 452, so the text says so."),
        [458] = ("Unable to queue messages for node", "Düğüm (node) için iletiler kuyruğa alınamıyor",
            "RFC 1985; the Turkish began in lower case and left 'node' untranslated."),
        [459] = ("Node not allowed", "Düğüme (node) izin verilmiyor",
            "RFC 1985's ': <reason>' is a placeholder the server fills in, not text."),
        [500] = ("Syntax error, command unrecognized", "Sözdizimi hatası, komut tanınamadı",
            "'Kodlama hatası' means 'coding error'; a syntax error is 'Sözdizimi hatası'."),
        [501] = ("Syntax error in parameters or arguments", "Parametrelerde veya argümanlarda sözdizimi hatası",
            "'Kodlama hatası' means 'coding error'; a syntax error is 'Sözdizimi hatası'."),
        [502] = ("Command not implemented", "Komut desteklenmiyor",
            "'Komut uygulanamadı' means the command could not be carried out; 502 says the server does not implement it."),
        [503] = ("Bad sequence of commands", "Komutların sırası hatalı",
            "'Kötü komut dizimi' reads as 'bad command syntax'; 503 is about the order of commands."),
        [504] = ("Command parameter not implemented", "Komut parametresi desteklenmiyor",
            "'Uygulanmadı' means 'was not applied'; 504 says the server does not implement the parameter."),
        [521] = ("Host does not accept mail", "Sunucu posta kabul etmiyor",
            "RFC 7504: 521 is for a host that accepts no mail; 'Domain does not accept mail' is 556's text."),
        [534] = ("Authentication mechanism is too weak", "Yetkilendirme mekanizması çok zayıf",
            "RFC 4954: 534 5.7.9 is 'Authentication mechanism is too weak'; it says nothing of message size."),
        [535] = ("Authentication credentials invalid", "Kimlik doğrulama bilgileri geçersiz",
            "RFC 4954: 535 5.7.8 is 'Authentication credentials invalid'."),
        [550] = ("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)",
            "İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)",
            "RFC 5321's text with its example: 550 is also a policy rejection, so 'posta kutusu yok' (there is no mailbox) misleads."),
        [553] = ("Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)",
            "İstenen işlem gerçekleştirilmedi: posta kutusu adına izin verilmiyor (ör. posta kutusu adının sözdizimi hatalı)",
            "RFC 5321's text with its example; 'posta kutusunun izni yok' means 'the mailbox has no permission'."),
    };

    public static IEnumerable<object[]> SeedRows() =>
        ParseSeed().Select(row => new object[] { row.Code, row.En, row.Tr });

    [Fact]
    public void The_seed_lists_the_48_codes_the_issue_names()
    {
        int[] codes = ParseSeed().Select(r => r.Code).ToArray();
        Assert.Equal(
            new[] { 211, 214, 220, 221, 250, 251, 252, 253, 354, 355, 421, 432, 450, 451, 452, 453, 454, 458, 459, 500, 501, 502, 503, 504, 510, 512, 515, 517, 521, 522, 523, 530, 531, 533, 534, 535, 538, 540, 541, 542, 543, 546, 547, 550, 551, 552, 553, 554 },
            codes);
    }

    [Theory]
    [MemberData(nameof(SeedRows))]
    public void Every_seed_code_has_the_seed_text_in_English_and_Turkish_unless_corrected(int code, string seedEn, string seedTr)
    {
        Assert.True(SmtpReplyInfo.IsDefined(code), $"{code} is missing from codes.csv");
        var reply = (SmtpReply)code;
        (string en, string tr) = Corrections.TryGetValue(code, out var fix) ? (fix.En, fix.Tr) : (seedEn, seedTr);

        Assert.Equal(en, reply.Describe(English));
        Assert.Equal(tr, reply.Describe(Turkish));
    }

    [Fact]
    public void Every_correction_really_differs_from_the_seed()
    {
        Dictionary<int, (string En, string Tr)> seed = ParseSeed().ToDictionary(r => r.Code, r => (r.En, r.Tr));
        foreach ((int code, var fix) in Corrections)
        {
            Assert.True(seed[code].En != fix.En || seed[code].Tr != fix.Tr, $"{code} is listed as corrected but matches the seed");
        }
    }

    /// <summary>Seed lines look like "550 – English – Türkçe" (one line, 454, uses " -" before the Turkish).</summary>
    internal static IEnumerable<(int Code, string En, string Tr)> ParseSeed()
    {
        var line = new Regex(@"^(?<code>[1-5]\d\d) – (?<en>.*?)\s+[–-]\s*(?<tr>\S.*?)\s*$", RegexOptions.CultureInvariant);
        foreach (string text in TestData.Seed.Split('\n'))
        {
            Match match = line.Match(text.TrimEnd('\r'));
            if (match.Success)
            {
                yield return (int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture),
                    Regex.Replace(match.Groups["en"].Value, @"\s{2,}", " "),
                    Regex.Replace(match.Groups["tr"].Value, @"\s{2,}", " "));
            }
        }
    }
}
