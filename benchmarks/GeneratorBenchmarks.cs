using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generator;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// The public <see cref="SmtpCodesGenerator"/> driven by <see cref="CSharpGeneratorDriver"/>, as the compiler runs it:
/// a full run on <c>codes.csv</c> and on a 10,000-row table (<see cref="LargeEnhancedCsv"/>), and the re-run after an
/// unrelated source edit, which must reuse every step. The setup checks that it does, so the ratio cannot lie.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const string CodesCsv = "codes.csv";
    public const string LargeTable = "10000-row enhanced";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private GeneratorDriver _fresh = null!;
    private GeneratorDriver _afterFirstRun = null!;
    private CSharpCompilation _edited = null!;

    [Params(CodesCsv, LargeTable)]
    public string Table { get; set; } = CodesCsv;

    [GlobalSetup]
    public void Setup()
    {
        (string path, string text, string enumName, string kind) = Table == CodesCsv
            ? ("/src/codes.csv", ReadEmbedded(CodesCsv), "SmtpCodes.SmtpReply", "reply")
            : ("/src/large-enhanced.csv", LargeEnhancedCsv.Create(), "Acme.AcmeStatus", "enhanced");

        // The generator reads no symbols, so the consumer needs no references; only its syntax changes between runs.
        SyntaxTree before = CSharpSyntaxTree.ParseText("namespace App { public class A { } }", ParseOptions);
        var compilation = CSharpCompilation.Create("Consumer", new[] { before }, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = compilation.ReplaceSyntaxTree(before, CSharpSyntaxTree.ParseText("namespace App { public class A { public int B; } }", ParseOptions));

        _fresh = CSharpGeneratorDriver.Create(
            new[] { new SmtpCodesGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(path, text) },
            ParseOptions,
            new CodeFileOptionsProvider(enumName, kind),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        _afterFirstRun = _fresh.RunGenerators(compilation);

        CheckFullRun(_fresh.RunGenerators(_edited).GetRunResult().Results.Single());
        CheckCachedRun(_afterFirstRun.RunGenerators(_edited).GetRunResult().Results.Single());
    }

    [Benchmark(Baseline = true, Description = "full run")]
    public GeneratorDriver FullRun() => _fresh.RunGenerators(_edited);

    [Benchmark(Description = "re-run after an unrelated edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _afterFirstRun.RunGenerators(_edited);

    private static void CheckFullRun(GeneratorRunResult run)
    {
        Check.That(run.Exception is null, $"The generator threw: {run.Exception}");
        Check.That(run.Diagnostics.IsEmpty, $"The generator reported: {string.Join("; ", run.Diagnostics)}");
        Check.Equal(4, run.GeneratedSources.Length, "generated files");
    }

    private static void CheckCachedRun(GeneratorRunResult run)
    {
        CheckFullRun(run);
        Check.That(run.TrackedSteps.Count >= 3, $"expected the generator's tracked steps, got {string.Join(", ", run.TrackedSteps.Keys)}");
        foreach ((string step, ImmutableArray<IncrementalGeneratorRunStep> runs) in run.TrackedSteps.Concat(run.TrackedOutputSteps))
        {
            Check.That(!runs.IsEmpty, $"step {step} did not run");
            foreach ((object _, IncrementalStepRunReason reason) in runs.SelectMany(r => r.Outputs))
            {
                Check.That(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"after an unrelated edit, step {step} was {reason}");
            }
        }
    }

    private static string ReadEmbedded(string name)
    {
        using Stream stream = typeof(GeneratorBenchmarks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
