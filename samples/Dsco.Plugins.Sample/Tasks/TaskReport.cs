using System.Collections.Generic;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Sample.Tasks;

/// <summary>How a task ended.</summary>
internal enum TaskOutcome
{
    /// <summary>The task ran to completion; individual items may still have failed.</summary>
    Ran,

    /// <summary>The plugin assembly has no plugin for this task. Not a failure.</summary>
    NotAvailable,

    /// <summary>The run failed (a run error, an exception). The exit code is non-zero.</summary>
    Failed,
}

/// <summary>What one task did.</summary>
internal sealed record TaskReport
{
    public required HostTaskDefinition Task { get; init; }

    public required TaskOutcome Outcome { get; init; }

    public string? PluginName { get; init; }

    /// <summary>How many orders or products the saved search selected (exports).</summary>
    public int Selected { get; init; }

    public PluginRunResult? Result { get; init; }

    /// <summary>
    /// Order import: the highest host order id before the run. A succeeded item naming a higher order id was
    /// created by this run; one naming a lower id was already in the host (DSCO listed it again).
    /// </summary>
    public int LastOrderIdBefore { get; init; }

    public string? Error { get; init; }

    /// <summary>Marks the host set on succeeded orders, with how many orders got each.</summary>
    public IReadOnlyDictionary<OrderMark, int> MarksApplied { get; init; } = new Dictionary<OrderMark, int>();

    /// <summary>Orders the fulfilment step shipped.</summary>
    public IReadOnlyList<ShippedOrder> Shipped { get; init; } = System.Array.Empty<ShippedOrder>();

    public string? Note { get; init; }
}
