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

        if (report.Result is { } result)
        {
            var verb = report.Task.Kind == HostTaskKind.OrderImport ? "imported" : "exported";
            var selected = report.Task.Kind == HostTaskKind.OrderImport ? string.Empty : $"selected {report.Selected}, ";
            output.WriteLine($"   {selected}{verb} {result.SucceededCount}, skipped {result.SkippedCount}, failed {result.FailedCount}");
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

    public static string MarkName(OrderMark mark) => mark switch
    {
        OrderMark.TrackingUploaded => "Tracking Uploaded",
        OrderMark.InvoiceUploaded => "Invoice Uploaded",
        _ => "Exported",
    };
}
