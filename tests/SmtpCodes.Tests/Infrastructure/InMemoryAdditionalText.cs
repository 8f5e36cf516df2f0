using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>An additional file that exists only in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, encoding ?? Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
