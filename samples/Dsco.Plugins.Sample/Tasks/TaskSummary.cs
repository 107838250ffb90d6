using System.IO;
using System.Linq;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>Prints what a task did: counts, the reason for every skipped or failed item, marks set.</summary>
internal static class TaskSummary
{
    public static void Write(TextWriter output, TaskReport report, SecretRedactor redactor)
    {
        var plugin = report.PluginName is null ? string.Empty : $" ({report.PluginName})";
        output.WriteLine($"== {report.Task.Title}{plugin}");
        switch (report.Outcome)
        {
            case TaskOutcome.NotAvailable:
                output.WriteLine($"   {report.Task.Key}: {report.Note}");
                return;
            case TaskOutcome.Ran when report.Task.Kind == HostTaskKind.Fulfilment:
                output.WriteLine(report.Shipped.Count == 0 ? "   no unshipped orders to ship" : $"   shipped {report.Shipped.Count} order(s)");
                foreach (var shipped in report.Shipped)
                {
                    var split = shipped.SplitChildOrderId is int child ? $", split into child order {child}" : string.Empty;
                    output.WriteLine($"   order {shipped.OrderId} (channel {shipped.ChannelOrderId}): tracking {string.Join(", ", shipped.TrackingNumbers)}{split}");
                }

                return;
        }

        if (report.Result is null && report.Note is not null)
        {
            output.WriteLine($"   {report.Note}");
        }

        if (report.Result is { } imported && report.Task.Kind == HostTaskKind.OrderImport)
        {
            WriteImportCounts(output, report, imported, redactor);
        }
        else if (report.Result is { } exported)
        {
            output.WriteLine($"   selected {report.Selected}, exported {exported.SucceededCount}, skipped {exported.SkippedCount}, failed {exported.FailedCount}");
        }

        if (report.Result is { } result)
        {
            foreach (var item in result.Items.Where(i => i.Outcome != ItemOutcome.Succeeded))
            {
                var label = item.Outcome == ItemOutcome.Failed ? "FAILED " : "skipped";
                var order = item.OrderId is int id ? $" (order {id})" : string.Empty;
                output.WriteLine($"   {label} {item.ItemId}{order}: {redactor.Redact(item.Message) ?? "(no reason given)"}");
            }
        }

        foreach (var (mark, count) in report.MarksApplied)
        {
            output.WriteLine($"   set {MarkName(mark)} on {count} order(s)");
        }

        if (report.Outcome == TaskOutcome.Failed)
        {
            output.WriteLine($"   TASK FAILED: {report.Error}");
        }
    }

    /// <summary>
    /// Order import counts, telling new orders from ones already in the host: DSCO lists an order until it takes the
    /// acknowledgement, so a run can see an order an earlier run imported (the plugin acknowledges it again and
    /// reports it succeeded). "imported 4" for those would read as four new orders.
    /// </summary>
    private static void WriteImportCounts(TextWriter output, TaskReport report, PluginRunResult result, SecretRedactor redactor)
    {
        var succeeded = result.Items.Where(i => i.Outcome == ItemOutcome.Succeeded).ToList();
        var created = succeeded.Where(i => i.OrderId is not int id || id > report.LastOrderIdBefore).ToList();
        var again = succeeded.Count - created.Count;
        var already = again == 0 ? string.Empty : $", {again} already in the host (acknowledged at DSCO again, not imported twice)";
        output.WriteLine($"   imported {created.Count} new order(s){already}, skipped {result.SkippedCount}, failed {result.FailedCount}");
        foreach (var item in created.Take(MaxListed))
        {
            var order = item.OrderId is int id ? $" (order {id})" : string.Empty;
            output.WriteLine($"   new     {item.ItemId}{order}{(item.Message is null ? string.Empty : ": " + redactor.Redact(item.Message))}");
        }

        if (created.Count > MaxListed)
        {
            output.WriteLine($"   ... and {created.Count - MaxListed} more new order(s)");
        }
    }

    /// <summary>How many new orders the summary lists one by one; skipped and failed items are always all listed.</summary>
    private const int MaxListed = 20;

    public static string MarkName(OrderMark mark) => mark switch
    {
        OrderMark.TrackingUploaded => "Tracking Uploaded",
        OrderMark.InvoiceUploaded => "Invoice Uploaded",
        _ => "Exported",
    };
}
