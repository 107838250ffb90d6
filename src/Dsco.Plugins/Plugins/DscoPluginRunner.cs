using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dsco.Plugins.Api;
using Dsco.Plugins.Settings;
using Microsoft.Extensions.Logging;
using Sellercloud.Plugins;

namespace Dsco.Plugins.Plugins;

/// <summary>One run of a DSCO plugin after the shared checks passed: valid settings, one cancellation token.</summary>
internal sealed class DscoPluginRun
{
    public DscoPluginRun(PluginRunContext context, DscoSettings settings, Uri? baseUrl, TimeProvider timeProvider, PluginRunResultBuilder results, CancellationToken cancellationToken)
    {
        Context = context;
        Settings = settings;
        BaseUrl = baseUrl;
        TimeProvider = timeProvider;
        Results = results;
        CancellationToken = cancellationToken;
    }

    /// <summary>The host's context.</summary>
    public PluginRunContext Context { get; }

    /// <summary>The company.</summary>
    public int CompanyId => Context.CompanyId;

    /// <summary>The company's settings, valid for this plugin.</summary>
    public DscoSettings Settings { get; }

    /// <summary><c>DSCO_ApiBaseUrl</c>, or null for production.</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The task log.</summary>
    public ILogger Logger => Context.Logger;

    /// <summary>Per-item results.</summary>
    public PluginRunResultBuilder Results { get; }

    /// <summary>The host's stop signal and the caller's token, linked.</summary>
    public CancellationToken CancellationToken { get; }
}

/// <summary>
/// What every DSCO plugin run does around its own work: link the host's and the caller's cancellation, load
/// and validate the company settings (no DSCO call when they are wrong), and turn whatever ends the run early
/// into a <see cref="PluginRunResult.RunError"/> that says what happened without leaking secrets.
/// </summary>
internal static class DscoPluginRunner
{
    public static async Task<PluginRunResult> RunAsync(
        string pluginName,
        DscoPlugin plugin,
        PluginRunContext context,
        TimeProvider? timeProvider,
        Func<DscoPluginRun, Task<string?>> body,
        CancellationToken cancellationToken)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, cancellationToken);
        var token = linked.Token;
        var results = new PluginRunResultBuilder(pluginName);
        try
        {
            token.ThrowIfCancellationRequested();
            var raw = await context.Settings.GetAllAsync(context.CompanyId, token).ConfigureAwait(false)
                ?? new Dictionary<string, string>();
            var settings = DscoSettings.Parse(raw);
            settings.EnsureValidFor(plugin);
            var baseUrl = ReadBaseUrl(raw);
            var run = new DscoPluginRun(context, settings, baseUrl, timeProvider ?? context.TimeProvider, results, token);
            var runError = await body(run).ConfigureAwait(false);
            return results.Build(runError);
        }
        catch (DscoSettingsException ex)
        {
            context.Logger.LogError("{Plugin}: company {CompanyId} settings are not usable: {Problem}", pluginName, context.CompanyId, ex.Message);
            return results.Build(ex.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            context.Logger.LogWarning("{Plugin}: the run was cancelled", pluginName);
            return results.Build("The run was cancelled before it finished. What it reported as done is done; the next run picks up the rest.");
        }
        catch (Exception ex) when (IsRecoverable(ex))
        {
            var message = DescribeFailure(ex);
            context.Logger.LogError(ex, "{Plugin}: the run stopped: {Message}", pluginName, message);
            return results.Build(message);
        }
    }

    /// <summary>A one-line reason for a run that stopped early, fit for the task log. Never holds a secret.</summary>
    public static string DescribeFailure(Exception exception) => exception switch
    {
        DscoOutcomeUnknownException unknown => $"{Sentence(unknown.Message)} DSCO may or may not have done it; the next run checks before repeating it.",
        DscoApiException api => Sentence(api.Message),
        OperationCanceledException => "A call timed out.",
        _ => Sentence($"{exception.GetType().Name}: {exception.Message}"),
    };

    // Messages are joined into one line for the task log; each part must end as a sentence does.
    private static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[trimmed.Length - 1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static bool IsRecoverable(Exception ex) => ex is not (OutOfMemoryException or StackOverflowException or AccessViolationException);

    private static Uri? ReadBaseUrl(IReadOnlyDictionary<string, string> raw)
    {
        var text = raw.FirstOrDefault(p => string.Equals(p.Key?.Trim(), DscoPluginSettingNames.ApiBaseUrl, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            // The client's own rule (absolute, https except on loopback) with the setting's name in the message.
            return DscoClientOptions.ValidateBaseUrl(text, DscoPluginSettingNames.ApiBaseUrl);
        }
        catch (ArgumentException ex)
        {
            throw new DscoSettingsException(new DscoSettingProblem(
                DscoPluginSettingNames.ApiBaseUrl,
                StripParamName(ex.Message) + " Leave it empty for production."));
        }
    }

    private static string StripParamName(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? message : message.Substring(0, cut);
    }
}
