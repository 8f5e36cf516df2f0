using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// The generated lookups run: generated code is compiled, loaded and called, and must agree with a plain reference
/// (a linear scan with <see cref="StringComparison.OrdinalIgnoreCase"/>) on dense and sparse tables, ASCII and not.
/// </summary>
public class GeneratedCodeBehaviourTests
{
    private static readonly string[] Names =
    {
        "Ok", "OK2", "Straße", "İstanbul", "Istanbul2", "ıtem", "Kelvin", "Ωmega", "value_", "Class", "Deny", "DENY2",
    };

    [Theory]
    [InlineData("reply", false)]
    [InlineData("enhanced", false)]
    [InlineData("reply", true)]
    [InlineData("enhanced", true)]
    public void TryParse_by_name_agrees_with_a_linear_ordinal_ignore_case_scan(string kind, bool manyOfOneLength)
    {
        // Many names of one length are searched by halves instead of one by one.
        string[] names = manyOfOneLength
            ? Enumerable.Range(0, 300).Select(i => "Item" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + (char)((i % 2 == 0 ? 'a' : 'A') + (i % 26))).ToArray()
            : Names;
        string csv = "code,name,source,en\n" + string.Concat(names.Select((n, i) =>
            (kind == "reply" ? (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) : "X." + (i * 37 % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".1")
            + "," + n + ",vendor,Text " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
        Type info = Load(csv, kind);
        MethodInfo tryParse = info.GetMethod("TryParse", new[] { typeof(string), info.Assembly.GetType("Acme.Names")!.MakeByRefType() })!;

        string[] candidates = names
            .SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant(), " " + n + " ", n + "x", n[..^1] })
            .Concat(new[] { "", "STRASSE", "ISTANBUL", "istanbul", "İSTANBUL", "ITEM", "KELVIN", "ΩMEGA", "ωmega", "k\u212Aelvin" })
            .ToArray();
        foreach (string text in candidates)
        {
            string? expected = names.FirstOrDefault(n => string.Equals(text.Trim(), n, StringComparison.OrdinalIgnoreCase));
            object?[] args = { text, null };
            bool parsed = (bool)tryParse.Invoke(null, args)!;
            Assert.True(parsed == (expected is not null), $"'{text}': expected {expected ?? "no match"}");
            if (expected is not null)
            {
                Assert.Equal(expected, args[1]!.ToString());
            }
        }
    }

    private static Type Load(string csv, string kind)
    {
        GeneratorResult result = GeneratorHarness.Run(csv, "Acme.Names", kind);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems);
        using var image = new MemoryStream();
        EmitResult emit = result.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(image.ToArray()).GetType("Acme.NamesInfo")!;
    }
}
