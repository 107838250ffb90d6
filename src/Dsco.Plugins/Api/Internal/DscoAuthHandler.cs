using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Dsco.Plugins.Api.Internal;

/// <summary>
/// Adds <c>Authorization: bearer …</c> to every request. It sits inside the retry pipeline (it is part of the HttpClient's
/// handler chain, and the pipeline runs around <c>SendAsync</c>), so an attempt after a 401 picks up the renewed token.
/// The spec lists only the static-token scheme on <c>/order/acknowledge</c>; we send whatever token the account has.
/// </summary>
internal sealed class DscoAuthHandler : DelegatingHandler
{
    private readonly ITokenSource _tokens;

    public DscoAuthHandler(ITokenSource tokens, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _tokens = tokens;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = CallState.From(request);
        var token = await _tokens.GetTokenAsync(base.SendAsync, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", token);

        // From here on DSCO may receive the request: a create that fails now has an unknown outcome.
        state?.MarkSent();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && _tokens.CanRenew)
        {
            _tokens.Invalidate(token);
            if (state is not null)
            {
                state.LastAttemptTokenRejected = true;
            }
        }

        return response;
    }
}
