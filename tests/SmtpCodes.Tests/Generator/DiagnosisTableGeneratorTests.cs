using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// The diagnosis table kinds (<c>reason</c>, <c>vendor</c>, <c>rules</c>) and the <c>text</c> kind: reviewed snapshots of small fixture tables whose
/// output must compile, and one test per problem, reported at the CSV's line.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public class DiagnosisTableGeneratorTests
{
    private const string ReasonHeader = "name,bounce,en,tr,action.en,action.tr\n";
    private const string VendorHeader = "status,tag,name,reason,en,tr\n";
    private const string RulesHeader = "reason,status,reply,phrase,vendor\n";
    private const string TextHeader = "name,en,tr\n";

    [Fact]
    public void A_reason_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            ReasonHeader
            + "Undefined,none,Nothing decided it,Hiçbir şey belirlemedi,Read the reply,Yanıtı okuyun\n"
            + "Gone,hard,\"The mailbox is gone, for good\",Posta kutusu kalıcı olarak yok,Remove the address,Adresi çıkarın\n"
            + "Later,soft,Try again later,Daha sonra deneyin,Retry,\n",
            "Acme.AcmeReason",
            "reason"));
    }

    [Fact]
    public void A_vendor_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            VendorHeader
            + "5.7.1,XB01,BlockedByList,Blocked,Acme refused your IP address (XB01),Acme IP adresinizi reddetti (XB01)\n"
            + "5.7.1,,Refused,PolicyViolation,Acme's policy refused the message,Acme politikası iletiyi reddetti\n"
            + "4.2.2,,Full,MailboxFull,The Acme mailbox is full,Acme posta kutusu dolu\n",
            "Acme.AcmeCode",
            "vendor"));
    }

    [Fact]
    public void A_rule_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            RulesHeader
            + "MailboxFull,,,\"quota, exceeded\",\n"
            + "UserUnknown,X.1.1,,,\n"
            + "HasMoved,,551,,\n"
            + "Blocked,5.7.1,550,blocked,Acme\n",
            "Acme.AcmeRules",
            "rules"));
    }

    [Fact]
    public void A_rule_table_with_a_command_column()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            RulesHeader.TrimEnd('\n') + ",command\n"
            + "Filtered,,,user unknown,,DATA\n"
            + "UserUnknown,,,user unknown,,\n"
            + "Blocked,,,blocked,,CONNECT\n"
            + "Rejected,,,,,MAIL\n"
            + "Filtered,,5XX,no such user,,\n"
            + "UserUnknown,X.1.X,,no such user,,\n",
            "Acme.AcmeRules",
            "rules"));
    }

    [Fact]
    public void A_text_table()
    {
        VerifyCompilingSnapshot(GeneratorHarness.Run(
            TextHeader
            + "Code,Code:,Kod:\n"
            + "HardBounce,\"(hard bounce, for good)\",(kalıcı hata)\n"
            + "Unknown,(unknown),\n"
            + "class,\"<b> & \"\"quoted\"\"\",\"<b> & \"\"tırnaklı\"\"\"\n",
            "Acme.AcmeText",
            "text"));
    }

    [Fact]
    public void A_text_table_compiles_to_code_that_describes_parses_and_lists_its_members()
    {
        GeneratorResult result = GeneratorHarness.Run(TextHeader + "Code,Code:,Kod:\nName,Name:,Ad:\nİstanbul,Istanbul,İstanbul\n", "Acme.AcmeText", "text");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems);
        using var image = new System.IO.MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        System.Reflection.Assembly assembly = System.Reflection.Assembly.Load(image.ToArray());
        System.Type text = assembly.GetType("Acme.AcmeText")!;
        System.Type extensions = assembly.GetType("Acme.AcmeTextExtensions")!;
        System.Type info = assembly.GetType("Acme.AcmeTextInfo")!;
        object name = System.Enum.ToObject(text, 1);

        // Members are valued by position; without resources (none are built in memory) every culture gets English.
        Assert.Equal(new[] { "Code", "Name", "İstanbul" }, System.Enum.GetNames(text));
        Assert.Equal(1, (int)name);
        Assert.Equal("Name:", extensions.GetMethod("Describe")!.Invoke(null, new[] { name, new System.Globalization.CultureInfo("tr-TR") }));
        Assert.Equal("Name", extensions.GetMethod("ToStringFast")!.Invoke(null, new[] { name }));
        Assert.Equal("3", extensions.GetMethod("ToStringFast")!.Invoke(null, new[] { System.Enum.ToObject(text, 3) }));
        Assert.Equal("3", extensions.GetMethod("Describe")!.Invoke(null, new[] { System.Enum.ToObject(text, 3), null }));
        Assert.Equal(3, ((System.Collections.ICollection)info.GetMethod("GetValues")!.Invoke(null, null)!).Count);
        Assert.Equal(true, info.GetMethod("IsDefined")!.Invoke(null, new[] { System.Enum.ToObject(text, 2) }));
        Assert.Equal(false, info.GetMethod("IsDefined")!.Invoke(null, new[] { System.Enum.ToObject(text, -1) }));

        // Names parse ignoring case ordinally: the same under tr-TR, where "ISTANBUL" is not "İstanbul".
        System.Reflection.MethodInfo tryParse = info.GetMethod("TryParse", new[] { typeof(string), text.MakeByRefType() })!;
        object?[] args = { " nAME ", null };
        Assert.Equal(true, tryParse.Invoke(null, args));
        Assert.Equal(name, args[1]);
        Assert.Equal(false, tryParse.Invoke(null, new object?[] { "ISTANBUL", null }));
        Assert.Equal(false, tryParse.Invoke(null, new object?[] { null, null }));

        // The text table has no localizer: it is a program's own labels.
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("Localizer", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Every_command_value_names_a_member_of_SmtpCommand()
    {
        Assert.Equal(
            System.Enum.GetNames(typeof(SmtpCommand)).Where(n => n != nameof(SmtpCommand.Unknown)).OrderBy(n => n, System.StringComparer.Ordinal),
            SmtpCodes.Generator.Csv.AttributeTableParser.CommandValues.Select(c => c.Member).OrderBy(n => n, System.StringComparer.Ordinal));

        // What MatchedBy and the bounce JSON print is what the column takes.
        foreach ((string value, string member) in SmtpCodes.Generator.Csv.AttributeTableParser.CommandValues)
        {
            Assert.Equal(value, ((SmtpCommand)System.Enum.Parse(typeof(SmtpCommand), member)).ToVerb());
        }

        Assert.Null(SmtpCommand.Unknown.ToVerb());
        Assert.Null(((SmtpCommand)99).ToVerb());
    }

    [Theory]
    [InlineData("reason", "SMTPGEN001", 1, "name,bounce,en,tr,action.en\n")]
    [InlineData("reason", "SMTPGEN001", 1, "name,bounce,en,tr,action.en,action.de\n")]
    [InlineData("reason", "SMTPGEN040", 2, ReasonHeader + "Gone,permanent,x,y,z,w\n")]
    [InlineData("reason", "SMTPGEN007", 2, ReasonHeader + "Not Gone,hard,x,y,z,w\n")]
    [InlineData("reason", "SMTPGEN006", 3, ReasonHeader + "Gone,hard,x,y,z,w\ngone,soft,x,y,z,w\n")]
    [InlineData("reason", "SMTPGEN008", 2, ReasonHeader + "Gone,hard,,y,z,w\n")]
    [InlineData("reason", "SMTPGEN008", 2, ReasonHeader + "Gone,hard,x,y,,w\n")]
    [InlineData("vendor", "SMTPGEN004", 2, VendorHeader + "X.7.1,,Refused,Blocked,x,y\n")]
    [InlineData("vendor", "SMTPGEN004", 2, VendorHeader + "550,,Refused,Blocked,x,y\n")]
    [InlineData("vendor", "SMTPGEN005", 3, VendorHeader + "5.7.1,T1,A,Blocked,x,y\n5.7.1,T1,B,Blocked,x,y\n")]
    [InlineData("vendor", "SMTPGEN040", 2, VendorHeader + "5.7.1,,Refused,not a reason,x,y\n")]
    [InlineData("rules", "SMTPGEN001", 1, "reason,status,reply,phrase\n")]
    [InlineData("rules", "SMTPGEN040", 2, RulesHeader + "Blocked,,,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,7.1,,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,,55,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,,5xx,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,,3XX,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,X.X.1,,,\n")]
    [InlineData("rules", "SMTPGEN004", 2, RulesHeader + "Blocked,X.1.x,,,\n")]
    [InlineData("rules", "SMTPGEN040", 2, RulesHeader + "Blocked,,, padded ,\n")]
    [InlineData("rules", "SMTPGEN040", 2, RulesHeader + "Blocked,,,x,not a vendor\n")]
    [InlineData("rules", "SMTPGEN001", 1, "reason,status,reply,phrase,vendor,verb\n")]
    [InlineData("rules", "SMTPGEN001", 1, "reason,status,reply,phrase,vendor,command,en\n")]
    [InlineData("rules", "SMTPGEN040", 2, "reason,status,reply,phrase,vendor,command\nBlocked,,,x,,rcpt\n")]
    [InlineData("rules", "SMTPGEN040", 2, "reason,status,reply,phrase,vendor,command\nBlocked,,,,,\n")]
    [InlineData("rules", "SMTPGEN040", 2, "reason,status,reply,phrase,vendor,command\nBlocked,,,x,,RcptTo\n")]
    [InlineData("rules", "SMTPGEN041", 3, RulesHeader + "Blocked,X.7.1,,on our list,\nSpamDetected,X.7.1,,ON  OUR List,\n")]
    [InlineData("rules", "SMTPGEN041", 4, RulesHeader + "Blocked,,5XX,,\nBlocked,,550,,\nRejected,,5XX,,\n")]
    [InlineData("text", "SMTPGEN006", 3, TextHeader + "Code,Code:,Kod:\nCODE,Code,Kod\n")]
    [InlineData("text", "SMTPGEN007", 2, TextHeader + "Hard bounce,x,y\n")]
    [InlineData("text", "SMTPGEN007", 3, TextHeader + "Code,x,y\n1Code,x,y\n")]
    [InlineData("text", "SMTPGEN008", 2, TextHeader + "Code,,Kod:\n")]
    [InlineData("text", "SMTPGEN008", 2, TextHeader + "Code,  ,Kod:\n")]
    [InlineData("text", "SMTPGEN001", 1, "name,tr,en\n")]
    [InlineData("text", "SMTPGEN001", 1, "name\n")]
    [InlineData("text", "SMTPGEN001", 1, "key,en,tr\n")]
    [InlineData("text", "SMTPGEN001", 1, "name,en,tr,tr\n")]
    [InlineData("text", "SMTPGEN001", 1, "code,name,source,en\n")]
    [InlineData("text", "SMTPGEN002", 3, TextHeader + "Code,x,y\nName,x\n")]
    [InlineData("text", "SMTPGEN002", 2, TextHeader + "Code,x,y,z\n")]
    [InlineData("text", "SMTPGEN015", 2, TextHeader + "Code,x\u0001,y\n")]
    public void Bad_rows_are_reported_with_id_and_line(string kind, string id, int line, string csv)
    {
        GeneratorResult result = GeneratorHarness.Run(csv, "Acme.AcmeTable", kind);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_wrong_text_header_says_which_header_it_must_be()
    {
        GeneratorResult result = GeneratorHarness.Run("name,english,tr\nCode,x,y\n", "Acme.AcmeText", "text");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN001", diagnostic.Id);
        Assert.Equal("/src/codes.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "The CSV header is not valid: it must be 'name,en[,culture...]' but is 'name,english,tr'",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("text", "name,en[,culture...]")]
    [InlineData("reason", "name,bounce,en[,culture...],action.en[,action.culture...]")]
    [InlineData("rules", "reason,status,reply,phrase,vendor[,command]")]
    [InlineData("reply", "code,name,source,en")]
    public void An_empty_table_says_the_header_of_its_kind(string kind, string header)
    {
        GeneratorResult result = GeneratorHarness.Run(string.Empty, "Acme.AcmeTable", kind);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN010", diagnostic.Id);
        Assert.Equal(
            "The table is empty: it needs the header '" + header + "' and one row per entry",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_empty_English_text_names_the_row_in_a_name_keyed_table_and_the_code_in_a_code_table()
    {
        Diagnostic text = Assert.Single(GeneratorHarness.Run(TextHeader + "Code,,Kod:\n", "Acme.AcmeText", "text").GeneratorDiagnostics);
        Diagnostic reply = Assert.Single(GeneratorHarness.Run("code,name,source,en\n550,Gone,5321,\n", "Acme.AcmeReply", "reply").GeneratorDiagnostics);

        Assert.Equal("Row Code has no English ('en') text", text.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Code 550 has no English ('en') text", reply.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_missing_translation_of_a_text_is_a_warning_and_falls_back_to_English()
    {
        GeneratorResult result = GeneratorHarness.Run(TextHeader + "Code,Code:,Kod:\nName,Name:,\n", "Acme.AcmeText", "text");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("Row Name has no 'tr' text; the English text is used instead", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.CompilationProblems);

        // The .resx task leaves the empty text out of the tr resources, so ResourceManager falls back to English.
        var table = SmtpCodes.Generator.Csv.CodeTableKinds.Parse(TextHeader + "Code,Code:,Kod:\nName,Name:,\n", SmtpCodes.Generator.Csv.CodeTableKind.Text).Table!.Value;
        Assert.Equal(new[] { "en", "tr" }, table.Cultures);
        Assert.Equal(new[] { "Code", "Name" }, table.Rows.Select(r => r.Name));
        Assert.Equal(new[] { "Kod:", string.Empty }, table.Rows.Select(r => r.Texts[1]));
    }

    [Fact]
    public void A_missing_translation_of_an_action_is_a_warning()
    {
        GeneratorResult result = GeneratorHarness.Run(ReasonHeader + "Gone,hard,x,y,z,\n", "Acme.AcmeReason", "reason");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Every_vendor_table_of_a_compilation_is_listed_once()
    {
        GeneratorResult result = GeneratorHarness.Run(new[]
        {
            new CodeFile("/src/a.csv", VendorHeader + "5.7.1,,A,Blocked,x,y\n", "Acme.ACode", "vendor"),
            new CodeFile("/src/b.csv", VendorHeader + "5.7.1,,B,Blocked,x,y\n", "Acme.BCode", "vendor"),
        });

        string list = Assert.Single(result.Sources, s => s.HintName == "SmtpCodesVendorTables.g.cs").SourceText.ToString();
        Assert.Contains("global::Acme.ACodeInfo.Vendor,", list, System.StringComparison.Ordinal);
        Assert.Contains("global::Acme.BCodeInfo.Vendor,", list, System.StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems);
    }

    private static void VerifyCompilingSnapshot(GeneratorResult result)
    {
        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Approvals.Verify(result.Render());
    }
}
