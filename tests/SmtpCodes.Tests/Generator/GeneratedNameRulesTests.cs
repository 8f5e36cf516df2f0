using System.Globalization;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generator.Names;
using Xunit;

namespace SmtpCodes.Tests.Generator;

/// <summary>
/// The shared name rules agree with the compiler: they know every keyword Roslyn knows, and accept exactly the
/// identifiers Roslyn accepts, less those with formatting characters, which the compiler silently removes.
/// </summary>
public class GeneratedNameRulesTests
{
    [Fact]
    public void Every_keyword_the_compiler_knows_is_a_keyword_here()
    {
        string[] reserved = SyntaxFacts.GetKeywordKinds().Where(SyntaxFacts.IsReservedKeyword).Select(SyntaxFacts.GetText).ToArray();
        string[] contextual = SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).ToArray();

        Assert.NotEmpty(reserved);
        Assert.All(reserved, k => Assert.True(GeneratedNameRules.IsKeyword(k), k));
        Assert.All(contextual, k => Assert.True(GeneratedNameRules.IsContextualKeyword(k), k));
        Assert.True(GeneratedNameRules.IsKeyword("class") && !GeneratedNameRules.IsKeyword("Class"));
    }

    [Fact]
    public void Member_names_are_the_identifiers_the_compiler_accepts_without_formatting_characters()
    {
        Gen<char> chars = Gen.Frequency((4, Gen.Char['a', 'z']), (2, Gen.Char["_09AZ@ .-"]), (3, Gen.Char));
        Gen.String[chars, 1, 12].Sample(name =>
        {
            bool compiler = SyntaxFacts.IsValidIdentifier(name) && name != "value__"
                && !name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
            Assert.Equal(compiler, GeneratedNameRules.IsValidMemberName(name));
        }, iter: 20000);
    }

    [Theory]
    [InlineData("Acme.AcmeReply", true)]
    [InlineData("GlobalReply", true)]
    [InlineData("Şirket.Yanıt", true)]
    [InlineData("Acme.reply1", true)]
    [InlineData("Acme.reply", false)]
    [InlineData("Acme.Reply ", false)]
    [InlineData("Acme.Reply.", false)]
    [InlineData(".Reply", false)]
    [InlineData("Acme.global", false)]
    [InlineData("Acme.@Reply", false)]
    public void Enum_names(string name, bool valid)
    {
        Assert.Equal(valid, GeneratedNameRules.IsValidEnumName(name));
    }
}
