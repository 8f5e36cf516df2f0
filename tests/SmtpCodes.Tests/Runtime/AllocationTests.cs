using System;
using System.Globalization;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// Allocation counts are deterministic, so the zero-allocation promises are asserted here (timings live in the
/// benchmarks). Each test warms up first: the first lookup per culture fills that culture's table once.
/// </summary>
public class AllocationTests
{
    private static readonly CultureInfo Turkish = new("tr-TR");
    private static readonly CultureInfo English = new("en-US");

    [Fact]
    public void Describe_of_a_defined_code_does_not_allocate_after_warm_up()
    {
        AssertNoAllocation(() =>
        {
            _ = SmtpReply.MailboxUnavailable.Describe(Turkish);
            _ = SmtpReply.Ok.Describe(English);
            _ = SmtpReply.ServiceNotAvailable.Describe(CultureInfo.InvariantCulture);
            _ = SmtpReply.MailboxBusy.Describe();
        });
    }

    [Fact]
    public void Describe_with_a_new_but_equal_culture_object_does_not_allocate_after_warm_up()
    {
        CultureInfo[] sameNames = new CultureInfo[20];
        for (int i = 0; i < sameNames.Length; i++)
        {
            sameNames[i] = new CultureInfo("tr-TR");
        }

        foreach (CultureInfo c in sameNames)
        {
            _ = SmtpReply.MailboxUnavailable.Describe(c);
        }

        AssertNoAllocation(() =>
        {
            foreach (CultureInfo c in sameNames)
            {
                _ = SmtpReply.MailboxUnavailable.Describe(c);
            }
        });
    }

    [Fact]
    public void ToStringFast_IsDefined_TryParse_and_classification_do_not_allocate()
    {
        AssertNoAllocation(() =>
        {
            _ = SmtpReply.MailboxUnavailable.ToStringFast();
            _ = SmtpReplyInfo.IsDefined(550);
            _ = SmtpReplyInfo.TryParse("550".AsSpan(), out _);
            _ = SmtpReplyInfo.TryParse("mailboxunavailable".AsSpan(), out _);
            _ = SmtpReplyInfo.TryParse("nonsense".AsSpan(), out _);
            _ = SmtpReplyInfo.GetValues();
            _ = SmtpReply.MailboxBusy.GetClass();
            _ = SmtpReply.MailboxBusy.GetCategory();
            _ = SmtpReply.MailboxBusy.IsTransient();
        });
    }

    [Theory]
    [InlineData("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown")]
    [InlineData("550-5.7.1 The user or domain that you are sending to (or from) has a policy that\r\n550-5.7.1 prohibited the mail that you sent.\r\n550 5.7.1 Please contact your domain administrator.\r\n")]
    public void SmtpResponse_TryParse_allocates_only_the_text(string reply)
    {
        Assert.True(SmtpResponse.TryParse(reply, out SmtpResponse parsed));
        int length = parsed.Text.Length;

        long parsing = AllocatedBytes(() => SmtpResponse.TryParse(reply, out _));
        long textAlone = AllocatedBytes(() => _ = new string('x', length));

        Assert.Equal(textAlone, parsing);
    }

    private static long AllocatedBytes(Action action)
    {
        for (int i = 0; i < 20; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void AssertNoAllocation(Action action)
    {
        for (int i = 0; i < 20; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            action();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
