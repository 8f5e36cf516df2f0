using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// The hostile-input audit of issue 11, one case per defect: each one used to crash the generator (CS8785), generate
/// C# that does not compile, or lose text silently; each is now a located SMTPGEN diagnostic or a correct build.
/// </summary>
public class GeneratorHostileInputTests
{
    private const string Csv = "code,name,source,en,tr\n250,Ok,5321,Okay,Tamam\n550,Rejected,vendor,Rejected,Reddedildi\n";

    [Theory]
    [InlineData("Acme.var")]
    [InlineData("Acme.file")]
    [InlineData("Acme.required")]
    [InlineData("Acme.scoped")]
    [InlineData("Acme.record")]
    [InlineData("Acme.dynamic")]
    [InlineData("Acme.reply")]
    [InlineData("var.Reply")]
    [InlineData("Acme.class")]
    [InlineData("Acme.@Reply")]
    [InlineData("Acme.Re\u00ADply")]
    [InlineData("Acme.Ok\u202Eevil")]
    [InlineData("Acme..Reply")]
    [InlineData("../../../../victim")]
    public void An_enum_name_that_would_not_compile_is_SMTPGEN013_and_generates_nothing(string enumName)
    {
        GeneratorResult result = GeneratorHarness.Run(Csv, enumName);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN013", diagnostic.Id);
        Assert.Empty(result.Sources);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_1100_character_enum_name_is_SMTPGEN013_with_a_short_message()
    {
        GeneratorResult result = GeneratorHarness.Run(Csv, "Acme." + new string('R', 1100));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN013", diagnostic.Id);
        Assert.True(diagnostic.GetMessage(CultureInfo.InvariantCulture).Length < 250, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Spaces_around_the_enum_name_are_trimmed()
    {
        GeneratorResult result = GeneratorHarness.Run(Csv, "  Acme.AcmeReply \t");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "Acme.AcmeReply.g.cs");
        Assert.Empty(result.CompilationProblems);
    }

    [Theory]
    [InlineData("X.Acme", "X.AcmeInfo")]
    [InlineData("X.AcmeInfo", "X.Acme")]
    [InlineData("X.Acme", "X.AcmeLocalizer")]
    [InlineData("Acme.Reply", "Acme.REPLY")]
    [InlineData("Acme.Reply", "acme.Reply")]
    [InlineData("Acme.Reply", "Acme.Reply.Sub")]
    [InlineData("Acme.Reply.Sub", "Acme.Reply")]
    [InlineData("Acme.ReplyInfo.Sub", "Acme.Reply")]
    public void Enums_whose_generated_names_collide_are_SMTPGEN030_and_the_first_still_generates(string first, string second)
    {
        GeneratorResult result = GeneratorHarness.Run(new[]
        {
            new CodeFile("/src/a.csv", Csv, first),
            new CodeFile("/src/b.csv", Csv, second),
        });

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN030", diagnostic.Id);
        Assert.Equal("/src/b.csv", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(4, result.Sources.Count);
        Assert.All(result.Sources, s => Assert.StartsWith(first, s.HintName, StringComparison.Ordinal));
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Enums_that_share_a_namespace_do_not_collide()
    {
        GeneratorResult result = GeneratorHarness.Run(new[]
        {
            new CodeFile("/src/a.csv", Csv, "Acme.Mail.Reply"),
            new CodeFile("/src/b.csv", Csv, "Acme.Mail.Status"),
            new CodeFile("/src/c.csv", Csv, "Acme.Other"),
        });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(12, result.Sources.Count);
        Assert.Empty(result.CompilationProblems);
    }

    [Theory]
    [InlineData("Foo\u00AD")]
    [InlineData("Ok\u202Eevil")]
    [InlineData("Zero\u200Bwidth")]
    [InlineData("Nul\u0000")]
    [InlineData("Surrogate\uD83D\uDE00")]
    public void A_member_name_with_characters_the_compiler_drops_or_rejects_is_SMTPGEN007(string name)
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n250,Foo,5321,Okay\n550," + name + ",5321,Rejected\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN007", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        AssertPrintable(diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_member_name_with_a_lone_surrogate_is_SMTPGEN007()
    {
        // Built here: a lone surrogate does not survive xunit's serialization of inline data.
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n250,Lone" + '\uD800' + ",5321,Okay\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN007", diagnostic.Id);
        AssertPrintable(diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_1100_character_member_name_is_SMTPGEN007_with_a_short_message()
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n250," + new string('N', 1100) + ",5321,Okay\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN007", diagnostic.Id);
        Assert.True(diagnostic.GetMessage(CultureInfo.InvariantCulture).Length < 200);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Contextual_keywords_and_lowercase_names_are_fine_as_members()
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n250,var,5321,Okay\n251,record,5321,Two\n252,class,5321,Three\n253,ok,5321,Four\n");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems);
    }

    [Theory]
    [InlineData("code,name,source,en,tr\n250,Ok,5321,Okay,G\uFFFDzel\n", 2, 19)]
    [InlineData("code,name,source,en,tr\n250,Ok,5321,Okay,Tamam\n550,Rejected,vendor,Rejected,Reddedildi \uFFFD\n", 3, 41)]
    public void Text_that_was_not_valid_utf8_is_SMTPGEN031_at_the_first_bad_character(string csv, int line, int column)
    {
        GeneratorResult result = GeneratorHarness.Run(csv);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN031", diagnostic.Id);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(column, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_file_the_compiler_read_as_latin1_is_SMTPGEN031()
    {
        var text = new InMemoryAdditionalText("/src/codes.csv", Csv, Encoding.Latin1);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { text }, GeneratorHarness.OptionsFor(new[] { new CodeFile("/src/codes.csv", Csv, "Acme.AcmeReply") }))
            .RunGenerators(GeneratorHarness.CreateCompilation());

        Diagnostic diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("SMTPGEN031", diagnostic.Id);
        Assert.Contains("iso-8859-1", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_1_MB_code_field_is_quoted_in_at_most_60_characters()
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n" + new string('9', 1_000_000) + ",Ok,5321,Okay\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN004", diagnostic.Id);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'" + new string('9', 60) + "…'", message, StringComparison.Ordinal);
        Assert.True(message.Length < 200, message);
    }

    [Theory]
    [InlineData("\"Bad\rName\"")]
    [InlineData("\"Bad\r\nName\"")]
    [InlineData("Bad\u0000Name")]
    [InlineData("Bad\u2028Name")]
    [InlineData("Bad\u001B[2JName")]
    public void Control_and_line_break_characters_are_escaped_in_messages(string name)
    {
        GeneratorResult result = GeneratorHarness.Run("code,name,source,en\n250," + name + ",5321,Okay\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN007", diagnostic.Id);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        AssertPrintable(message);
        Assert.Contains("\\u", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("enhanced", 9_990, false)]
    [InlineData("enhanced", 3_000, true)]
    [InlineData("reply", 500, false)]
    public void A_large_table_generates_table_driven_code_that_compiles(string kind, int rows, bool sparse)
    {
        string csv = LargeTable.Create(kind, rows, sparse);

        GeneratorResult result = GeneratorHarness.Run(csv, "Acme.Large", kind);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.All(result.Sources, s => Assert.DoesNotContain(" switch", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fixtures/reply-codes.csv", "reply")]
    [InlineData("Fixtures/enhanced-codes.csv", "enhanced")]
    public void The_tables_compile_as_csharp_7_3_with_no_nullable_directive(string fixture, string kind)
    {
        GeneratorResult result = GeneratorHarness.Run(
            new[] { new CodeFile("/src/codes.csv", System.IO.File.ReadAllText(TestData.Path(fixture)), "Acme.AcmeReply", kind) },
            LanguageVersion.CSharp7_3);

        Assert.Equal(4, result.Sources.Count);
        Assert.All(result.Sources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString(), StringComparison.Ordinal));
        Assert.Empty(result.CompilationProblems);
    }

    private static void AssertPrintable(string message)
    {
        Assert.DoesNotContain(message, c => char.IsControl(c) || c == '\u2028' || c == '\u2029' || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
    }
}
