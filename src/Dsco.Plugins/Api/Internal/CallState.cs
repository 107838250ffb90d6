using System;
using System.Net.Http;
using System.Threading;

namespace Dsco.Plugins.Api.Internal;

/// <summary>Per-call facts shared by the retry predicate, the attempt callback and the auth handler.</summary>
internal sealed class CallState
{
    private const string PropertyName = "Dsco.CallState";

    public CallState(DscoOperation operation, CancellationToken callerToken)
    {
        Operation = operation;
        CallerToken = callerToken;
    }

    public DscoOperation Operation { get; }

    public CancellationToken CallerToken { get; }

    public int Attempts { get; private set; }

    public int TransientRetries { get; set; }

    public int TokenRenewals { get; set; }

    /// <summary>Set by the auth handler just before the request goes to the network.</summary>
    public bool LastAttemptSent { get; private set; }

    /// <summary>Set by the auth handler when DSCO answered 401 to a token that could be renewed (and was dropped).</summary>
    public bool LastAttemptTokenRejected { get; set; }

    public void BeginAttempt()
    {
        Attempts++;
        LastAttemptSent = false;
        LastAttemptTokenRejected = false;
    }

    public void MarkSent() => LastAttemptSent = true;

    public void AttachTo(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(new HttpRequestOptionsKey<CallState>(PropertyName), this);
#else
        request.Properties[PropertyName] = this;
#endif
    }

    public static CallState? From(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(new HttpRequestOptionsKey<CallState>(PropertyName), out var state) ? state : null;
#else
        return request.Properties.TryGetValue(PropertyName, out var state) ? state as CallState : null;
#endif
    }
}
