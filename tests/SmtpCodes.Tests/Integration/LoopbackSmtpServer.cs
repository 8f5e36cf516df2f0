using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ServerResponse = SmtpServer.Protocol.SmtpResponse;

namespace SmtpCodes.Tests.Integration;

/// <summary>A message the server's store accepted: the envelope and the parsed headers and body.</summary>
internal sealed record ReceivedMessage(string From, IReadOnlyList<string> To, string Subject, string Body);

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a port the operating system picks: the endpoint is
/// bound to port 0 and the listener reports the port it got, so there is no window in which another process can take
/// it. Recipients listed in the rejections are refused at RCPT with exactly the given reply (SmtpServer adds its
/// "N retry(ies) remaining." suffix to the text); every other recipient is accepted and its message stored.
/// Disposing cancels the server and waits, within a bound, for it to stop.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartStopTimeout = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop;
    private readonly Task _run;
    private readonly ConcurrentQueue<ReceivedMessage> _messages;

    private LoopbackSmtpServer(CancellationTokenSource stop, Task run, ConcurrentQueue<ReceivedMessage> messages, int port)
    {
        _stop = stop;
        _run = run;
        _messages = messages;
        Port = port;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The messages the store has saved, in order.</summary>
    public IReadOnlyList<ReceivedMessage> Messages => _messages.ToArray();

    public static async Task<LoopbackSmtpServer> StartAsync(IReadOnlyDictionary<string, ServerResponse> rejections)
    {
        var messages = new ConcurrentQueue<ReceivedMessage>();
        var listenerFactory = new EndpointListenerFactory();
        var bound = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        listenerFactory.EndpointStarted += (_, e) => bound.TrySetResult((IPEndPoint)e.LocalEndPoint);

        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listenerFactory);
        services.Add(new RejectingMailboxFilter(rejections));
        services.Add(new CollectingMessageStore(messages));

        ISmtpServerOptions options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();

        var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        Task run = server.StartAsync(stop.Token);
        try
        {
            Task first = await Task.WhenAny(bound.Task, run).WaitAsync(StartStopTimeout);
            if (first == run)
            {
                await run; // Rethrows why the server stopped before it listened (e.g. the bind failed).
                throw new InvalidOperationException("The SMTP server stopped before it started listening.");
            }

            IPEndPoint endpoint = await bound.Task;
            if (!IPAddress.IsLoopback(endpoint.Address) || endpoint.Port == 0)
            {
                throw new InvalidOperationException("The SMTP server did not bind a loopback port: " + endpoint);
            }

            return new LoopbackSmtpServer(stop, run, messages, endpoint.Port);
        }
        catch
        {
            await StopAsync(stop, run);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(_stop, _run);

    private static async Task StopAsync(CancellationTokenSource stop, Task run)
    {
        try
        {
            await stop.CancelAsync();
            await run.WaitAsync(StartStopTimeout);
        }
        catch (OperationCanceledException)
        {
            // Cancelling is how the server is told to stop.
        }
        finally
        {
            stop.Dispose();
        }
    }

    private static string Address(IMailbox mailbox) => string.Concat(mailbox.User, "@", mailbox.Host);

    private sealed class RejectingMailboxFilter(IReadOnlyDictionary<string, ServerResponse> rejections) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            // Returning false would give SmtpServer's fixed reply; throwing sets the reply code and text.
            if (rejections.TryGetValue(Address(to), out ServerResponse? rejection))
            {
                throw new SmtpResponseException(rejection);
            }

            return Task.FromResult(true);
        }
    }

    private sealed class CollectingMessageStore(ConcurrentQueue<ReceivedMessage> messages) : IMessageStore
    {
        public async Task<ServerResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            using MimeMessage message = await MimeMessage.LoadAsync(stream, cancellationToken);
            messages.Enqueue(new ReceivedMessage(
                Address(transaction.From),
                transaction.To.Select(Address).ToList(),
                message.Subject ?? string.Empty,
                message.TextBody ?? string.Empty));
            return ServerResponse.Ok;
        }
    }
}
