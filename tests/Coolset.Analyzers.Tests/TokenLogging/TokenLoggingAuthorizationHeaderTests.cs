using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// Authorization headers: cutting the <c>Bearer</c> scheme off keeps the credential, masking does not; the header of
    /// the request an ASP.NET Core app serves is a token source.
    /// </summary>
    public class TokenLoggingAuthorizationHeaderTests
    {
        private const string Template = """
            using System;
            using System.Linq;
            using System.Net.Http;

            class Plain
            {
                void M(string authorization, HttpRequestMessage request)
                {
                    STATEMENTS
                    Console.WriteLine(VALUE);
                }

                static string Mask(string value) => new string('*', value.Length);
                static string Hash(string value) => value.GetHashCode().ToString();
            }
            """;

        [Theory]
        [InlineData("", "authorization.Substring(\"Bearer \".Length)")]
        [InlineData("", "authorization.Substring(7)")]
        [InlineData("", "authorization.StartsWith(\"Bearer \") ? authorization.Substring(7) : \"\"")]
        [InlineData("const string Scheme = \"Bearer \";", "authorization.Substring(Scheme.Length)")]
        [InlineData("", "authorization.Substring(\"Bearer\".Length + 1)")]
        [InlineData("", "authorization.Substring(authorization.IndexOf(' ') + 1)")]
        [InlineData("", "authorization[7..]")]
        [InlineData("", "authorization[\"Bearer \".Length..]")]
        [InlineData("", "authorization.Replace(\"Bearer \", \"\")")]
        [InlineData("", "authorization.Replace(\"bearer \", string.Empty)")]
        [InlineData("", "authorization.Replace(\"BEARER \", \"\", StringComparison.OrdinalIgnoreCase)")]
        [InlineData("", "authorization.Replace(\"Bearer\", \"\").Trim()")]
        [InlineData("", "authorization.Split(' ')[1]")]
        [InlineData("", "authorization.Split(\" \")[1]")]
        [InlineData("", "authorization.Split(' ', 2)[1]")]
        [InlineData("", "authorization.Split()[1]")]
        [InlineData("", "authorization.Split(' ').Last()")]
        [InlineData("", "authorization.Split(' ').ElementAt(1)")]
        [InlineData("var parts = authorization.Split(' ');", "parts[1]")]
        [InlineData("var parts = authorization.Split(' ').ToList();", "parts[1]")]
        [InlineData("var token = request.Headers.Authorization!.ToString().Substring(\"Bearer \".Length);", "\"token: \" + token")]
        public async Task Stripping_the_scheme_keeps_the_credential(string statements, string value)
        {
            var source = Source(statements, "{|COOL003:" + value + "|}");
            await Verify.VerifyCodeFixAsync(source, source.Replace("{|COOL003:\"token: \" + token|}", "\"token: \""), TestReferences.Net80);
        }

        [Theory]
        [InlineData("", "authorization[..8]")]
        [InlineData("", "authorization.Substring(0, 12)")]
        [InlineData("", "authorization[^4..]")]
        [InlineData("", "authorization.Substring(authorization.Length - 4)")]
        [InlineData("", "authorization.Substring(8)")]
        [InlineData("", "Mask(authorization)")]
        [InlineData("", "Hash(authorization)")]
        [InlineData("", "authorization.Split(' ')[0]")]
        [InlineData("", "authorization.Split(' ').First()")]
        [InlineData("var parts = authorization.Split(' ');", "parts[0]")]
        [InlineData("", "authorization.Split('.')[1]")]
        [InlineData("", "authorization.Replace(\"Basic \", \"\")")]
        [InlineData("var token = authorization.Substring(0, 8);", "token")]
        public async Task Masking_and_other_slices_are_quiet(string statements, string value)
        {
            var source = Source(statements, value);
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        [Fact]
        public async Task Middleware_that_logs_its_callers_Authorization_header_is_reported()
        {
            var source = """
                using System.Linq;
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Http;
                using Microsoft.Extensions.Logging;
                using Microsoft.Net.Http.Headers;

                sealed class RequestLoggingMiddleware
                {
                    private readonly RequestDelegate _next;
                    private readonly ILogger<RequestLoggingMiddleware> _logger;

                    public RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
                    {
                        _next = next;
                        _logger = logger;
                    }

                    public async Task InvokeAsync(HttpContext context)
                    {
                        _logger.LogDebug("Auth {Auth}", {|COOL003:context.Request.Headers["Authorization"]|});
                        _logger.LogDebug("Auth {Auth}", {|COOL003:context.Request.Headers[HeaderNames.Authorization]|});
                        _logger.LogDebug("Auth {Auth}", {|COOL003:context.Request.Headers.Authorization|});
                        _logger.LogDebug("Auth {Auth}", {|COOL003:context.Request.Headers.Authorization.ToString()|});
                        _logger.LogDebug("Auth {Auth}", {|COOL003:context.Request.Headers["authorization"].FirstOrDefault()|});

                        string header = context.Request.Headers["Authorization"]!;
                        var credential = header.Substring("Bearer ".Length);
                        _logger.LogDebug("Caller {Credential}", {|COOL003:credential|});

                        if (context.Request.Headers.TryGetValue("Authorization", out var value))
                        {
                            _logger.LogDebug("Caller {Value}", {|COOL003:value|});
                        }

                        _logger.LogDebug("Accept {Accept}", context.Request.Headers["Accept"]);
                        _logger.LogDebug("Agent {Agent}", context.Request.Headers[HeaderNames.UserAgent]);
                        _logger.LogDebug("Type {Type}", context.Request.Headers.ContentType);
                        _logger.LogDebug("Has auth {HasAuth}", context.Request.Headers.ContainsKey("Authorization"));
                        await _next(context);
                    }
                }
                """;
            var fixedSource = source
                .Replace("_logger.LogDebug(\"Auth {Auth}\", {|COOL003:context.Request.Headers[\"Authorization\"]|});", "_logger.LogDebug(\"Auth\");")
                .Replace("_logger.LogDebug(\"Auth {Auth}\", {|COOL003:context.Request.Headers[HeaderNames.Authorization]|});", "_logger.LogDebug(\"Auth\");")
                .Replace("_logger.LogDebug(\"Auth {Auth}\", {|COOL003:context.Request.Headers.Authorization|});", "_logger.LogDebug(\"Auth\");")
                .Replace("_logger.LogDebug(\"Auth {Auth}\", {|COOL003:context.Request.Headers.Authorization.ToString()|});", "_logger.LogDebug(\"Auth\");")
                .Replace("_logger.LogDebug(\"Auth {Auth}\", {|COOL003:context.Request.Headers[\"authorization\"].FirstOrDefault()|});", "_logger.LogDebug(\"Auth\");")
                .Replace("_logger.LogDebug(\"Caller {Credential}\", {|COOL003:credential|});", "_logger.LogDebug(\"Caller\");")
                .Replace("_logger.LogDebug(\"Caller {Value}\", {|COOL003:value|});", "_logger.LogDebug(\"Caller\");");
            await Verify.VerifyCodeFixAsync(source, fixedSource, TestReferences.AspNetCore);
        }

        [Fact]
        public async Task Controller_that_logs_the_Authorization_header_is_reported()
        {
            var source = """
                using System;
                using System.Linq;
                using Microsoft.AspNetCore.Mvc;

                public sealed class AccountController : ControllerBase
                {
                    [HttpGet]
                    public IActionResult Get()
                    {
                        var header = Request.Headers.Authorization.ToString();
                        var token = header.Replace("Bearer ", "");
                        Console.WriteLine({|COOL003:token|});
                        Console.WriteLine({|COOL003:header.Split(' ').Last()|});
                        Console.WriteLine(header.Split(' ').First());
                        return Ok();
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AspNetCore);
        }

        [Fact]
        public async Task Outgoing_TryGetValues_of_the_Authorization_header_is_a_token_value()
        {
            var source = """
                using System;
                using System.Linq;
                using System.Net.Http;

                class C
                {
                    void M(HttpRequestMessage request)
                    {
                        if (request.Headers.TryGetValues("Authorization", out var values))
                        {
                            Console.WriteLine({|COOL003:values.First()|});
                        }

                        if (request.Headers.TryGetValues("Accept", out var accepted))
                        {
                            Console.WriteLine(accepted.First());
                        }
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        private static string Source(string statements, string value) =>
            Template.Replace("STATEMENTS", statements).Replace("VALUE", value);
    }
}
