using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// <see cref="SmtpResponse.TryParse(string?, out SmtpResponse)"/> against a straightforward <see cref="System.Text.RegularExpressions.Regex"/>
/// parser (<see cref="RegexReplyParser"/>), on a single-line reply and on a three-line one, both with enhanced codes.
/// </summary>
[MemoryDiagnoser]
public class SmtpResponseBenchmarks
{
    private const string SingleLine = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table";

    private const string ThreeLines =
        "550-5.7.1 The user or domain that you are sending to (or from) has a policy that\r\n" +
        "550-5.7.1 prohibited the mail that you sent. Please contact your domain\r\n" +
        "550 5.7.1 administrator for further details.";

    private string _text = string.Empty;

    [Params("single-line", "3-line")]
    public string Reply { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Reply == "single-line" ? SingleLine : ThreeLines;
        Check.That(RegexReplyParser.TryParse(_text, out SmtpResponse expected), "the Regex parser rejects the reply");
        Check.That(SmtpResponse.TryParse(_text, out SmtpResponse actual), "SmtpResponse.TryParse rejects the reply");
        Check.Equal(expected, actual, "SmtpResponse.TryParse against the Regex parser");
        Check.That(actual.EnhancedCode is not null && actual.Text.Length > 0, "the reply lost its enhanced code or text");
    }

    [Benchmark(Baseline = true, Description = "Regex, line by line")]
    public SmtpResponse Regex()
    {
        RegexReplyParser.TryParse(_text, out SmtpResponse response);
        return response;
    }

    [Benchmark(Description = "SmtpResponse.TryParse")]
    public SmtpResponse SmtpResponseTryParse()
    {
        SmtpResponse.TryParse(_text, out SmtpResponse response);
        return response;
    }
}
