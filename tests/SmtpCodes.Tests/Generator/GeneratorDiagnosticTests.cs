using System.Linq;
using Microsoft.CodeAnalysis;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>One test per diagnostic: bad CSV is reported with its stable id at the CSV's file and line.</summary>
public class GeneratorDiagnosticTests
{
    private const string Header = "code,name,source,en,tr\n";
    private const string GoodRow = "250,Ok,5321,Requested mail action okay,Tamam\n";

    [Theory]
    [InlineData("SMTPGEN001", 1, "code,name,en,tr\n250,Ok,5321,x,y\n")]
    [InlineData("SMTPGEN001", 1, "250,Ok,5321,x,y\n")]
    [InlineData("SMTPGEN001", 1, "code,name,source,en,tr,Turkish language\n")]
    [InlineData("SMTPGEN001", 1, "code,name,source,en,tr,TR\n")]
    [InlineData("SMTPGEN002", 3, Header + GoodRow + "550,MailboxUnavailable,5321,only four\n")]
    [InlineData("SMTPGEN002", 2, Header + "250,Ok,5321,x,y,extra\n")]
    [InlineData("SMTPGEN003", 3, Header + GoodRow + "550,MailboxUnavailable,5321,\"never closed,y\n551,x,5321,a,b\n")]
    [InlineData("SMTPGEN004", 3, Header + GoodRow + "55,Short,5321,x,y\n")]
    [InlineData("SMTPGEN004", 2, Header + "600,TooBig,5321,x,y\n")]
    [InlineData("SMTPGEN004", 2, Header + "099,TooSmall,5321,x,y\n")]
    [InlineData("SMTPGEN004", 2, Header + "５５０,FullWidthDigits,5321,x,y\n")]
    [InlineData("SMTPGEN005", 4, Header + GoodRow + "\n250,OkAgain,5321,x,y\n")]
    [InlineData("SMTPGEN006", 3, Header + GoodRow + "251,OK,5321,x,y\n")]
    [InlineData("SMTPGEN007", 2, Header + "250,Not Ok,5321,x,y\n")]
    [InlineData("SMTPGEN007", 2, Header + "250,1Ok,5321,x,y\n")]
    [InlineData("SMTPGEN007", 2, Header + "250,value__,5321,x,y\n")]
    [InlineData("SMTPGEN008", 3, Header + GoodRow + "550,MailboxUnavailable,5321,,Posta kutusu yok\n")]
    [InlineData("SMTPGEN008", 2, Header + "550,MailboxUnavailable,5321,   ,Posta kutusu yok\n")]
    [InlineData("SMTPGEN009", 3, Header + GoodRow + "550,MailboxUnavailable,5321,Mailbox unavailable,\n")]
    [InlineData("SMTPGEN010", 1, "")]
    [InlineData("SMTPGEN010", 1, "\n\n")]
    [InlineData("SMTPGEN011", 2, Header + "250,Ok,5321,\"quoted\"tail,y\n")]
    [InlineData("SMTPGEN011", 2, Header + "250,Ok,5321,in\"side,y\n")]
    [InlineData("SMTPGEN012", 2, Header + "250,Ok,RFC 5321,x,y\n")]
    [InlineData("SMTPGEN012", 2, Header + "250,Ok,,x,y\n")]
    [InlineData("SMTPGEN015", 2, Header + "250,Ok,5321,bell\u0007,y\n")]
    public void Bad_csv_is_reported_with_id_and_line(string id, int line, string csv)
    {
        GeneratorResult result = GeneratorHarness.Run(csv);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/codes.csv", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(id == "SMTPGEN009" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(result.CompilationProblems);
    }

    [Theory]
    [InlineData("550")]
    [InlineData("X.1")]
    [InlineData("3.X.X")]
    [InlineData("X.X.1")]
    [InlineData("Y.1.1")]
    [InlineData("X.1000.1")]
    [InlineData("5.1.1")]
    public void An_enhanced_table_reports_codes_that_are_not_enhanced_status_codes(string code)
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n" + code + ",Name,3463,x\n", kind: "enhanced");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN004", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("enhanced status code such as X.1.1", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Duplicate_enhanced_codes_are_reported_in_the_tables_own_notation()
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\nX.1.1,A,3463,x\nX.1.01,B,3463,y\n", kind: "enhanced");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN005", diagnostic.Id);
        Assert.Equal("Code X.1.1 is already defined on line 2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_unknown_table_kind_is_reported()
    {
        GeneratorResult result = GeneratorHarness.Run(Header + GoodRow, kind: "extended");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN016", diagnostic.Id);
        Assert.Contains("'rules' or 'text'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_multi_line_quoted_field_keeps_later_rows_on_their_own_lines()
    {
        GeneratorResult result = GeneratorHarness.Run(Header + "250,Ok,5321,\"two\nlines\",y\n251,Bad Name,5321,x,y\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN007", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
    }

    [Fact]
    public void Invalid_enum_name_metadata_is_reported()
    {
        GeneratorResult result = GeneratorHarness.Run(Header + GoodRow, "Acme..Reply");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN013", diagnostic.Id);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Two_csvs_naming_the_same_enum_are_reported_once_and_generated_once()
    {
        GeneratorResult result = GeneratorHarness.Run(new[]
        {
            new CodeFile("/src/a.csv", Header + GoodRow, "Acme.Reply"),
            new CodeFile("/src/b.csv", Header + GoodRow, "Acme.Reply"),
        });

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN014", diagnostic.Id);
        Assert.Equal("/src/b.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(4, result.Sources.Count);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Additional_files_without_the_metadata_are_ignored()
    {
        GeneratorResult result = GeneratorHarness.Run(new[] { new CodeFile("/src/notes.csv", "not,a,code,table", EnumName: null) });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Rows_with_errors_are_left_out_and_the_rest_still_compiles()
    {
        GeneratorResult result = GeneratorHarness.Run(Header + GoodRow + "999,Bad,5321,x,y\n550,MailboxUnavailable,5321,Mailbox unavailable,Posta kutusu yok\n");

        Assert.Equal("SMTPGEN004", Assert.Single(result.GeneratorDiagnostics).Id);
        string enumSource = result.Sources.Single(s => s.HintName == "Test.TestReply.g.cs").SourceText.ToString();
        Assert.Contains("Ok = 250,", enumSource, System.StringComparison.Ordinal);
        Assert.Contains("MailboxUnavailable = 550,", enumSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Bad", enumSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Every_diagnostic_id_is_tracked_in_the_analyzer_release_files()
    {
        string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(TestData.RepositoryRoot, "generator", "AnalyzerReleases.Unshipped.md"));
        foreach (SmtpCodes.Generator.Csv.CodeTableProblemKind kind in System.Enum.GetValues<SmtpCodes.Generator.Csv.CodeTableProblemKind>())
        {
            string id = SmtpCodes.Generator.CodeTableDiagnostics.For(kind).Id;
            Assert.Equal("SMTPGEN" + ((int)kind).ToString("000", System.Globalization.CultureInfo.InvariantCulture), id);
            Assert.Contains(id + " |", unshipped, System.StringComparison.Ordinal);
        }
    }
}
