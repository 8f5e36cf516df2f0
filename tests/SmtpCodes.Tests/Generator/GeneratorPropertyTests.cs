using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// Random CSVs: the generator never throws (no CS8785), its output always compiles without warnings, and every text
/// it accepts comes through into the generated code exactly.
/// </summary>
public class GeneratorPropertyTests
{
    private const string Awkward = " \"',;<>&*/\\\r\n\t\u2028\u2029\u0085İıŞşĞğ{}#@$`~\u00A0\uFEFF\u0000\u0007😀";

    private static readonly Gen<char> TextChar = Gen.Frequency((3, Gen.Char), (2, Gen.Char[Awkward]), (5, Gen.Char['a', 'z']));

    private static readonly Gen<string> Text = Gen.String[TextChar, 0, 40];

    private static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.String[Gen.Char['a', 'z'], 1, 12].Select(s => char.ToUpperInvariant(s[0]) + s[1..])),
        (1, Gen.OneOf(Gen.Const("class"), Gen.Const("value__"), Gen.Const("İstanbul"), Gen.Const("1st"), Gen.Const("a b"))),
        (1, Gen.String[TextChar, 0, 8]));

    private static readonly Gen<string> Code = Gen.Frequency((8, Gen.Int[100, 599].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Gen.String[TextChar, 0, 4]));

    private static readonly Gen<(string Code, string Name, string En, string Tr)> Row =
        Gen.Select(Code, Name, Text, Text, (c, n, en, tr) => (c, n, en, tr));

    [Fact]
    public void Any_text_at_all_never_breaks_the_generator()
    {
        Gen.String[TextChar, 0, 200].Sample(csv =>
        {
            GeneratorResult result = GeneratorHarness.Run(csv);
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Empty(result.CompilationProblems);
        }, iter: 100);
    }

    [Fact]
    public void Well_quoted_rows_of_any_text_compile_and_keep_their_text_exactly()
    {
        int checkedTexts = 0;
        Row.Array[1, 8].Sample(rows =>
        {
            var csv = new StringBuilder("code,name,source,en,tr\n");
            foreach ((string code, string name, string en, string tr) in rows)
            {
                csv.Append(Quote(code)).Append(',').Append(Quote(name)).Append(",5321,").Append(Quote(en)).Append(',').Append(Quote(tr)).Append('\n');
            }

            GeneratorResult result = GeneratorHarness.Run(csv.ToString());
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Empty(result.CompilationProblems);

            Dictionary<string, string> generated = EnglishTextsByName(result);
            // A repeated name (ignoring case) is SMTPGEN006 on the later rows; the member keeps the first row's text.
            var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string _, string name, string en, string _) in rows)
            {
                if (seenNames.Add(name) && generated.TryGetValue(name, out string? text))
                {
                    Assert.Equal(en, text);
                    System.Threading.Interlocked.Increment(ref checkedTexts);
                }
            }
        }, iter: 60);

        // The generators must reach the interesting path often, or the property proves nothing.
        Assert.True(checkedTexts >= 30, $"only {checkedTexts} texts were accepted and checked");
    }

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Reads the member names and English fallback texts back out of the generated Info class.</summary>
    private static Dictionary<string, string> EnglishTextsByName(GeneratorResult result)
    {
        GeneratedSourceResult? info = result.Sources.FirstOrDefault(s => s.HintName == "Test.TestReplyInfo.g.cs");
        if (info is null)
        {
            return new Dictionary<string, string>();
        }

        ObjectCreationExpressionSyntax table = CSharpSyntaxTree.ParseText(info.Value.SourceText).GetRoot()
            .DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .Single(o => o.Type.ToString() == "global::SmtpCodes.LocalizedTextTable");
        string[][] arrays = table.ArgumentList!.Arguments.Skip(1)
            .Select(a => a.Expression.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).ToArray())
            .ToArray();
        return arrays[0].Zip(arrays[1]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
