using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generator;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>The generator is incremental: unrelated edits reuse every step; a CSV edit regenerates.</summary>
public class GeneratorIncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        SmtpCodesGenerator.TrackingNames.CodeFiles,
        SmtpCodesGenerator.TrackingNames.CodeTables,
        SmtpCodesGenerator.TrackingNames.AllCodeTables,
    };

    private static readonly CodeFile Csv = new("/src/codes.csv", "code,name,source,en,tr\n250,Ok,5321,Okay,Tamam\n550,MailboxUnavailable,5321,Mailbox unavailable,Posta kutusu yok\n");

    private static readonly CodeFile TextCsv = new("/src/texts.csv", "name,en,tr\nCode,Code:,Kod:\nName,Name:,Ad:\n", "App.AppText", "text");

    [Theory]
    [InlineData("reply")]
    [InlineData("text")]
    public void An_unrelated_source_edit_leaves_every_step_cached(string kind)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace App { public class A { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(kind == "text" ? TextCsv : Csv).RunGenerators(compilation);

        CSharpCompilation edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace App { public class A { public int B; } }", GeneratorHarness.ParseOptions));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in TrackedSteps)
        {
            IncrementalGeneratorRunStep[] runs = second.TrackedSteps[step].ToArray();
            Assert.NotEmpty(runs);
            Assert.All(runs.SelectMany(r => r.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {output.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_csv_edit_regenerates()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace App { public class A { } }");
        var original = new InMemoryAdditionalText(Csv.Path, Csv.Text);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { original }, GeneratorHarness.OptionsFor(new[] { Csv })).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Csv.Path, Csv.Text + "421,ServiceNotAvailable,5321,Service not available,Hizmet yok\n");
        driver = driver.ReplaceAdditionalText(original, edited);
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(second.TrackedSteps[SmtpCodesGenerator.TrackingNames.CodeTables].SelectMany(r => r.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.GeneratedSources, s => s.SourceText.ToString().Contains("ServiceNotAvailable = 421,", StringComparison.Ordinal));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace App { public class A { } }");
        GeneratorRunResult run = GeneratorHarness.CreateDriver(Csv).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (string step in TrackedSteps)
        {
            foreach (object value in run.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Value))
            {
                AssertHoldsNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertHoldsNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or AdditionalText,
            $"Step {step} holds a {value.GetType().Name}, which defeats caching and keeps compilations alive.");

        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence)
            {
                AssertHoldsNoRoslynObjects(item, step, seen);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
