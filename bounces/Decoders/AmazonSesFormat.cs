using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Amazon SES notifications delivered by email through SNS: a JSON document (<c>notificationType</c> or
/// <c>eventType</c> Bounce, Complaint or Delivery) with the recipients, their status and the remote server's reply.
/// A complaint is a feedback report; a delivery is a delivery.
/// </summary>
internal sealed class AmazonSesFormat : IBounceFormat
{
    public string Name => "AmazonSES";

    public bool TryDecode(BounceEmail email, List<RecipientRecord> records)
    {
        string body = email.Body;
        int open = body.IndexOf('{');
        // Inside an SNS envelope the notification is a JSON string, its quotes escaped: look for the bare names.
        if (open < 0 || (body.IndexOf("notificationType", StringComparison.Ordinal) < 0 && body.IndexOf("eventType", StringComparison.Ordinal) < 0))
        {
            return false;
        }

        int close = JsonEnd(body, open);
        if (close < 0)
        {
            return false;
        }

        try
        {
            // Mail gateways wrap the long JSON line; the breaks are not part of it.
            string json = body.Substring(open, close - open + 1).Replace("\r", string.Empty).Replace("\n", string.Empty);
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Message", out JsonElement wrapped) && wrapped.ValueKind == JsonValueKind.String)
            {
                // The SNS envelope with the SES notification as a string inside.
                using JsonDocument inner = JsonDocument.Parse(wrapped.GetString() ?? "{}");
                Read(inner.RootElement, records);
            }
            else
            {
                Read(root, records);
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return true;
    }

    private static void Read(JsonElement root, List<RecipientRecord> records)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        string type = Str(root, "notificationType") ?? Str(root, "eventType") ?? string.Empty;
        if (type.Equals("Bounce", StringComparison.OrdinalIgnoreCase) && root.TryGetProperty("bounce", out JsonElement bounce))
        {
            string? mta = Str(bounce, "reportingMTA");
            bool suppressed = string.Equals(Str(bounce, "bounceSubType"), "Suppressed", StringComparison.OrdinalIgnoreCase);
            bool transient = string.Equals(Str(bounce, "bounceType"), "Transient", StringComparison.OrdinalIgnoreCase);
            foreach (JsonElement r in Array(bounce, "bouncedRecipients"))
            {
                if (Str(r, "emailAddress") is not { } address)
                {
                    continue;
                }

                string? diagnostic = DsnFields.Typed(Str(r, "diagnosticCode"), out string? diagnosticType);
                records.Add(new RecipientRecord(address)
                {
                    Action = Str(r, "action") is { } action ? DsnFields.Action(action) : transient ? BounceAction.Delayed : BounceAction.Failed,
                    Status = DsnFields.Status(Str(r, "status")),
                    Diagnostic = diagnostic ?? string.Empty,
                    DiagnosticType = diagnosticType,
                    ReportingMta = DsnFields.Typed(mta, out _),
                    ArrivalDate = Date(Str(bounce, "timestamp")),
                    Reason = suppressed ? BounceReason.Suppressed : null,
                });
            }
        }
        else if (type.Equals("Complaint", StringComparison.OrdinalIgnoreCase) && root.TryGetProperty("complaint", out JsonElement complaint))
        {
            foreach (JsonElement r in Array(complaint, "complainedRecipients"))
            {
                if (Str(r, "emailAddress") is { } address)
                {
                    records.Add(new RecipientRecord(address)
                    {
                        Action = BounceAction.Delivered,
                        Reason = BounceReason.Feedback,
                        FeedbackType = Str(complaint, "complaintFeedbackType") ?? "abuse",
                        ArrivalDate = Date(Str(complaint, "timestamp")),
                    });
                }
            }
        }
        else if (type.Equals("Delivery", StringComparison.OrdinalIgnoreCase) && root.TryGetProperty("delivery", out JsonElement delivery))
        {
            string reply = Str(delivery, "smtpResponse") ?? string.Empty;
            foreach (JsonElement r in Array(delivery, "recipients"))
            {
                if (r.ValueKind == JsonValueKind.String && r.GetString() is { } address)
                {
                    records.Add(new RecipientRecord(address)
                    {
                        Action = BounceAction.Delivered,
                        Diagnostic = reply,
                        RemoteMta = Str(delivery, "remoteMtaIp"),
                        ReportingMta = Str(delivery, "reportingMTA"),
                        ArrivalDate = Date(Str(delivery, "timestamp")),
                        Reason = BounceReason.Delivered,
                    });
                }
            }
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                yield return item;
            }
        }
    }

    private static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset date) ? date : null;

    // The index of the brace that closes the object opened at 'open', skipping strings; -1 if it never closes.
    private static int JsonEnd(string text, int open)
    {
        int depth = 0;
        bool inString = false;
        for (int i = open; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
