using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests;

/// <summary>The README's examples are code: its first C# block compiles, runs and prints the text block under it.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));

    [Fact]
    public void The_canonical_example_prints_what_the_readme_shows()
    {
        Match example = Regex.Match(Readme, "```csharp\n(?<code>.*?)```\\s*```text\n(?<output>.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, "README.md lost its first example");

        string printed = CompileAndRun(example.Groups["code"].Value);

        Assert.Equal(example.Groups["output"].Value, printed);
    }

    /// <summary>
    /// Every C# block whose lines print with <c>Console.WriteLine(...); // expected</c> prints exactly what its comments say.
    /// </summary>
    [Fact]
    public void Commented_examples_print_what_their_comments_say()
    {
        MatchCollection blocks = Regex.Matches(Readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        int checkedBlocks = 0;
        foreach (Match block in blocks)
        {
            string code = block.Groups["code"].Value;
            string[] expected = Regex.Matches(code, @"^Console\.WriteLine\(.*\);\s*// (?<out>.*)$", RegexOptions.Multiline)
                .Select(m => m.Groups["out"].Value.TrimEnd())
                .ToArray();
            if (expected.Length == 0)
            {
                continue;
            }

            string printed = CompileAndRun("using System.Globalization;\nusing SmtpCodes;\n" + code);
            Assert.Equal(expected, printed.TrimEnd('\n').Split('\n'));
            checkedBlocks++;
        }

        Assert.True(checkedBlocks >= 1, "README.md has no commented example left to check");
    }

    [Fact]
    public void The_readme_commands_name_the_solution_and_the_command_line_tool()
    {
        Assert.Contains("dotnet test SmtpCodes.Generated.sln", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project cli -- explain ", Readme, StringComparison.Ordinal);
        string ci = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, ".ci", "run"));
        Assert.Contains("dotnet test SmtpCodes.Generated.sln", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project cli -- explain ", ci, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(TestData.RepositoryRoot, "cli", "SmtpCodes.Cli.csproj")));
    }

    /// <summary>The main job's command prints what the README shows under it (the tool run in-process).</summary>
    [Fact]
    public void The_main_job_prints_what_the_readme_shows()
    {
        Match job = Regex.Match(Readme, @"```sh\ndotnet run --project cli -- (?<args>[^\n#]*?)\s*(\#[^\n]*)?\n(?:(?!```).)*```(?:(?!```).)*```text\n(?<output>.*?)```", RegexOptions.Singleline);
        Assert.True(job.Success, "README.md lost its main-job command and output");

        string[] args = Regex.Matches(job.Groups["args"].Value, "\"(?<q>[^\"]*)\"|(?<w>\\S+)")
            .Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["w"].Value)
            .ToArray();
        var output = new StringWriter { NewLine = "\n" };
        int exit = SmtpCodes.Cli.Program.Run(args, TextReader.Null, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal(job.Groups["output"].Value, output.ToString());
    }

    private static string CompileAndRun(string code)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText("global using System;\n" + code, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        EmitResult emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        Assembly assembly = Assembly.Load(image.ToArray());
        TextWriter saved = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        lock (ConsoleLock.Instance)
        {
            try
            {
                Console.SetOut(output);
                assembly.EntryPoint!.Invoke(null, assembly.EntryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
            }
            finally
            {
                Console.SetOut(saved);
            }
        }

        return output.ToString();
    }
}
