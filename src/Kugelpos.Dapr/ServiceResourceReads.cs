using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Dapr;

/// <summary>
/// How a service reads one resource of another Kugelpos service through its service client (see
/// <see cref="DaprServiceClientExtensions.AddDaprServiceClient{TClient}"/>): a GET with a service token
/// of the tenant, the envelope's <c>data</c> unwrapped. A 404 means there is none (null); anything else
/// that is not a success (an error status, no answer, a timeout, a body that is not an envelope) is a
/// failure, which the caller turns into its own error (status, code and message), since each service
/// has its own code for a dependency it cannot read.
/// </summary>
public static class ServiceResourceReads
{
    /// <summary>The resource's <c>data</c>, or null when the service has none (404) or answers without data.</summary>
    /// <typeparam name="TData">The fields of the resource the caller reads.</typeparam>
    /// <param name="service">The service client of the called app.</param>
    /// <param name="path">The resource, relative (e.g. <c>api/v1/tenants/A1234/payments/01</c>), its parts escaped.</param>
    /// <param name="serviceToken">A service token of the tenant (<c>KugelposTokenIssuer.IssueServiceToken</c>).</param>
    /// <param name="failure">Makes the caller's error from what went wrong (e.g. "answered 500") and its cause.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call is not a failure of the service.</param>
    /// <exception cref="KugelposException">What <paramref name="failure"/> makes, when the service cannot give the resource.</exception>
    public static async Task<TData?> GetDataAsync<TData>(
        this HttpClient service,
        string path,
        string serviceToken,
        Func<string, Exception?, KugelposException> failure,
        CancellationToken cancellationToken)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceToken);
        ArgumentNullException.ThrowIfNull(failure);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", serviceToken);
        try
        {
            using var response = await service.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw failure($"answered {(int)response.StatusCode}", null);
            }

            var envelope = await response.Content.ReadFromJsonAsync<ApiResponse<TData>>(KugelposJson.Options, cancellationToken);
            return envelope?.Data;
        }
        catch (HttpRequestException e)
        {
            throw failure("could not be reached", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw failure("did not answer in time", e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw failure("answered a body that is not a Kugelpos envelope", e);
        }
    }
}
