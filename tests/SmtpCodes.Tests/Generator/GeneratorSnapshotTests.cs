using System.IO;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// The generated source, reviewed and approved. A missing or changed Snapshots/*.approved.txt fails the test and
/// leaves a *.received.txt beside it to review; rename it to .approved.txt to accept. Each snapshot's output must
/// also compile without errors or warnings, XML docs included.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public class GeneratorSnapshotTests
{
    // The fixtures are frozen copies of the tables (Data/Fixtures/), not the live codes.csv: adding a code to codes.csv
    // is one edit, and LiveTableTests checks the live tables row by row instead.
    [Fact]
    public void Fixture_reply_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(File.ReadAllText(TestData.Path("Fixtures/reply-codes.csv")), "SmtpCodes.SmtpReply"));
    }

    [Fact]
    public void One_row()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            "code,name,source,en,tr\n550,MailboxUnavailable,5321,Requested action not taken: mailbox unavailable,İstenen işlem uygulanmadı: posta kutusu yok\n",
            "Acme.AcmeReply"));
    }

    [Fact]
    public void Extra_de_column_and_a_missing_translation()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            "code,name,source,en,tr,de\n"
            + "250,Ok,5321,Requested mail action okay,İstenen mail işlemi tamamlandı,Angeforderte Aktion ausgeführt\n"
            + "550,MailboxUnavailable,5321,Mailbox unavailable,,Postfach nicht verfügbar\n",
            "Acme.Mail.AcmeReply"));
    }

    [Fact]
    public void Hostile_text_comes_through_exactly()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            "code,name,source,en,tr\n"
            + "421,Quotes,5321,\"He said \"\"no\"\", then \\\"\"\\\\ left\",\"Tırnak \"\"işareti\"\"\"\n"
            + "450,Comment,5321,Ends a comment */ and opens one /* and // too,Yorum */ /*\n"
            + "451,Markup,5321,<summary>&amp; <b>bold</b> & ampersand</summary>,\"<see cref=\"\"x\"\"/> & İıŞşĞğÜüÖöÇç\"\n"
            + "452,Lines,5321,\"first line\nsecond line\r\nthird\u2028fourth\u0085fifth\",\"satır\u2028ayırıcı\u2029paragraf\u0085sonraki\"\n"
            + "453,Tabs,vendor,\"\ttab, and trailing space \",\" baştaki boşluk\"\n",
            "Hostile.HostileReply"));
    }

    [Fact]
    public void Keyword_names_and_a_global_namespace_enum()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            "code,name,source,en\n250,@class,5321,x\n250,class,5321,Class is a keyword\n251,Event,vendor,Event text\n",
            "GlobalReply"));
    }

    [Fact]
    public void Fixture_enhanced_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(File.ReadAllText(TestData.Path("Fixtures/enhanced-codes.csv")), "SmtpCodes.EnhancedStatus", "enhanced"));
    }

    [Fact]
    public void Csharp_7_3_without_nullable_annotations()
    {
        GeneratorResult result = GeneratorHarness.Run(
            new[] { new CodeFile("/src/codes.csv", "code,name,source,en,tr\n250,Ok,5321,Okay,Tamam\n550,Rejected,vendor,Rejected,Reddedildi\n", "Acme.AcmeReply") },
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        Assert.DoesNotContain("#nullable", result.Render(), System.StringComparison.Ordinal);
        VerifyCompilingSnapshot(result);
    }

    [Fact]
    public void Small_enhanced_table_with_a_de_column()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            "code,name,source,en,tr,de\n"
            + "5.X.X,PermanentFailure,3463,Permanent failure,Kalıcı hata,Permanenter Fehler\n"
            + "X.1.X,AddressingStatus,3463,Addressing status,Adresleme durumu,Adressierungsstatus\n"
            + "X.1.1,BadDestinationMailboxAddress,3463,Bad destination mailbox address,Geçersiz hedef posta kutusu adresi,\n"
            + "X.7.30,RequireTlsSupportRequired,8689,REQUIRETLS support required,REQUIRETLS desteği gerekli,REQUIRETLS-Unterstützung erforderlich\n",
            "Acme.AcmeStatus",
            "Enhanced"));
    }

    private static void VerifyCompilingSnapshot(GeneratorResult result)
    {
        Assert.Empty(result.CompilationProblems);
        Approvals.Verify(result.Render());
    }
}
