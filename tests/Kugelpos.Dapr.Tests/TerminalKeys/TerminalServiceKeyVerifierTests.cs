using System.Net;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Dapr.Tests.TerminalKeys;

/// <summary>How the terminal service's answers become a verified terminal, a refusal, or a 503.</summary>
public sealed class TerminalServiceKeyVerifierTests
{
    private const string Key = "k3y-of-the-terminal";

    private const string Reply = """
        {"success":true,"code":200,"message":"ok","data":{
          "terminalId":"A1234-S1-2","tenantId":"A1234","storeCode":"S1","terminalNo":2,"description":"front",
          "functionMode":"Sales","status":"Opened","businessDate":"20260101","openCounter":3,"businessCounter":9,
          "staff":{"staffId":"STF01","staffName":"Alice","staffPin":null},"apiKey":null,"entryDatetime":"2026-01-01T00:00:00Z"}}
        """;

    private static async Task<(TerminalTokenClaims? Terminal, CannedReply Handler)> VerifyAsync(
        HttpStatusCode status, string body = Reply, Exception? failure = null, string terminalId = "A1234-S1-2")
    {
        var handler = new CannedReply(status, body, failure);
        using var client = new HttpClient(handler) { BaseAddress = new Uri("http://terminal/") };
        var verifier = new TerminalServiceKeyVerifier(client, NullLogger<TerminalServiceKeyVerifier>.Instance);
        return (await verifier.VerifyAsync(terminalId, Key, CancellationToken.None), handler);
    }

    [Fact]
    public async Task The_terminal_is_asked_for_itself_with_the_key_in_x_api_key()
    {
        var (_, handler) = await VerifyAsync(HttpStatusCode.OK, terminalId: "A1234-S 1-2");

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("http://terminal/api/v1/terminals/A1234-S%201-2", request.RequestUri!.AbsoluteUri);
        Assert.Equal(Key, Assert.Single(request.Headers.GetValues("X-API-KEY")));
    }

    [Fact]
    public async Task The_terminals_answer_in_terminal_json_becomes_the_claims_of_its_terminal_token()
    {
        var (terminal, _) = await VerifyAsync(HttpStatusCode.OK);

        Assert.Equal(
            new TerminalTokenClaims
            {
                TenantId = "A1234", StoreCode = "S1", TerminalNo = 2, TerminalId = "A1234-S1-2", Status = "Opened",
                BusinessDate = "20260101", OpenCounter = 3, BusinessCounter = 9, StaffId = "STF01", StaffName = "Alice",
            },
            terminal);
    }

    [Fact]
    public async Task Snake_case_fields_a_dashed_date_and_a_stored_staff_shape_are_read_too()
    {
        const string body = """
            {"data":{"terminal_id":"A1234-S1-2","tenant_id":"A1234","store_code":"S1","terminal_no":2,"status":"Idle",
              "business_date":"2026-01-01","staff":{"id":"STF02","name":"Bob"}}}
            """;

        var (terminal, _) = await VerifyAsync(HttpStatusCode.OK, body);

        Assert.Equal("20260101", terminal?.BusinessDate);
        Assert.Equal("STF02", terminal?.StaffId);
        Assert.Equal("Bob", terminal?.StaffName);
        Assert.Null(terminal?.OpenCounter);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task A_terminal_that_refuses_the_key_or_does_not_exist_verifies_nothing(HttpStatusCode status)
    {
        var (terminal, _) = await VerifyAsync(status);

        Assert.Null(terminal);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task A_terminal_service_that_cannot_answer_is_a_503_not_a_wrong_key(HttpStatusCode status)
    {
        var error = await Assert.ThrowsAsync<KugelposException>(() => VerifyAsync(status));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(KugelposErrorCodes.ExternalServiceError, error.ErrorCode);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_sidecar_is_a_503()
    {
        var error = await Assert.ThrowsAsync<KugelposException>(
            () => VerifyAsync(HttpStatusCode.OK, failure: new HttpRequestException("Connection refused")));

        Assert.Equal(503, error.StatusCode);
    }

    [Theory]
    [InlineData("""{"success":true,"data":null}""")]
    [InlineData("""{"data":{"terminalId":"A1234-S1-2","tenantId":"A1234"}}""")]
    [InlineData("not json")]
    public async Task A_success_without_a_whole_terminal_is_a_503(string body)
    {
        var error = await Assert.ThrowsAsync<KugelposException>(() => VerifyAsync(HttpStatusCode.OK, body));

        Assert.Equal(503, error.StatusCode);
    }
}
