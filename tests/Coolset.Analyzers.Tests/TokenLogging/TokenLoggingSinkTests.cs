using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>One test per family of log sinks, built against the real logging packages.</summary>
    public class TokenLoggingSinkTests
    {
        [Fact]
        public async Task Microsoft_logger_calls_lose_the_argument_and_its_hole()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger<C> logger, string apiToken, string url)
                    {
                        logger.LogInformation("Calling {Url} with token {Token}", url, {|COOL003:apiToken|});
                        logger.LogWarning("Token {Token} rejected by {Url}.", {|COOL003:apiToken|}, url);
                        logger.Log(LogLevel.Debug, "Auth: {Token}", {|COOL003:apiToken|});
                        using (logger.BeginScope("Token {Token}", {|COOL003:apiToken|}))
                        {
                        }

                        logger.LogError(new InvalidOperationException(), "Failed with {Token} for {Url}", new object[] { {|COOL003:apiToken|}, url });
                    }
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger<C> logger, string apiToken, string url)
                    {
                        logger.LogInformation("Calling {Url} with token", url);
                        logger.LogWarning("Token rejected by {Url}.", url);
                        logger.Log(LogLevel.Debug, "Auth");
                        using (logger.BeginScope("Token"))
                        {
                        }

                        logger.LogError(new InvalidOperationException(), "Failed with for {Url}", new object[] { url });
                    }
                }
                """,
                TestReferences.AllLogging);
        }

        [Fact]
        public async Task Several_tokens_in_one_call_are_removed_together()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiToken, string apiKey, string url)
                    {
                        logger.LogInformation("{Token} {Url} {Key}", {|COOL003:apiToken|}, url, {|COOL003:apiKey|});
                        logger.LogDebug("{Url} {Token}", new[] { url, {|COOL003:apiToken|} });
                        logger.LogTrace("Auth {Auth}", {|COOL003:apiToken.ToString()|});
                        Console.WriteLine("{0} {1} {2} {0}", {|COOL003:apiToken|}, url, {|COOL003:apiKey|});
                    }
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiToken, string apiKey, string url)
                    {
                        logger.LogInformation("{Url}", url);
                        logger.LogDebug("{Url}", new[] { url });
                        logger.LogTrace("Auth");
                        Console.WriteLine("{0}", url);
                    }
                }
                """,
                TestReferences.AllLogging);
        }

        [Fact]
        public async Task Parenthesized_token_goes_with_its_parentheses()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiToken, string apiKey, string url)
                    {
                        logger.LogWarning("Token {Token} rejected by {Url}.", ({|COOL003:apiToken|}), url);
                        logger.LogDebug("{Url} {Token}", new[] { url, (({|COOL003:apiToken|})) });
                        Console.WriteLine("{0} {1}", url, ({|COOL003:apiKey|}));
                        Console.WriteLine("{0} {1} {2} {3}", url, ({|COOL003:apiToken|}), url, ({|COOL003:apiKey|}));
                    }
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiToken, string apiKey, string url)
                    {
                        logger.LogWarning("Token rejected by {Url}.", url);
                        logger.LogDebug("{Url}", new[] { url });
                        Console.WriteLine("{0}", url);
                        Console.WriteLine("{0} {1}", url, url);
                    }
                }
                """,
                TestReferences.AllLogging);
        }

        [Fact]
        public async Task Argument_list_missing_a_comma_gets_no_fix_that_removes_an_argument()
        {
            // Half-typed: the parser guesses where the comma goes, so removing an argument would move the error elsewhere.
            var source = """
                using System;

                class C
                {
                    void M(string apiToken, string apiKey, string url)
                    {
                        Console.WriteLine("{0} {1} {2} {0}", {|COOL003:apiToken|},({|COOL003:"sk_" + ("live_" + "1234567890abcdef")|}) {|CS1003:url|}, {|COOL003:apiKey|});
                        Console.WriteLine("{0} {1} {2}", url, url {|CS1003:{|COOL003:apiToken|}|}, {|COOL003:apiKey|});
                        Console.WriteLine("{0} {1}", new[] { url {|CS1003:{|COOL003:apiToken|}|} });
                    }
                }
                """;

            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        [Fact]
        public async Task Logger_message_methods_and_delegates_are_reported_without_a_fix()
        {
            var source = """
                using System;
                using Microsoft.Extensions.Logging;

                static partial class Log
                {
                    private static readonly Action<ILogger, string, Exception?> s_tokenLoaded =
                        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Token {Token} loaded");

                    private static readonly Func<ILogger, string, IDisposable?> s_tokenScope =
                        LoggerMessage.DefineScope<string>("Token {Token}");

                    private static readonly Action<ILogger, string, Exception?> s_notDefined = (logger, value, _) => { };

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Token {Token} refreshed")]
                    static partial void TokenRefreshed(ILogger logger, string token);

                    public static void Report(ILogger logger, string apiToken)
                    {
                        s_tokenLoaded(logger, {|COOL003:apiToken|}, null);
                        using var scope = s_tokenScope(logger, {|COOL003:apiToken|});
                        TokenRefreshed(logger, {|COOL003:apiToken|});
                        s_notDefined(logger, apiToken, null);
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AllLogging);
        }

        [Fact]
        public async Task Logger_message_methods_and_delegates_declared_in_another_file_are_found()
        {
            // Sinks are found by name in a file's text: the names of these sinks come from the other file.
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenLoggingAnalyzer, EmptyCodeFixProvider>.Test
            {
                ReferenceAssemblies = TestReferences.AllLogging,
                TestCode = """
                    using System;
                    using Microsoft.Extensions.Logging;

                    static partial class Log
                    {
                        public static void Report(ILogger logger, string apiToken)
                        {
                            s_tokenLoaded(logger, {|COOL003:apiToken|}, null);
                            s_tokenLoaded.Invoke(logger, {|COOL003:apiToken|}, null);
                            TokenRefreshed(logger, {|COOL003:apiToken|});
                        }
                    }
                    """,
            };
            test.TestState.Sources.Add("""
                using System;
                using Microsoft.Extensions.Logging;

                static partial class Log
                {
                    private static readonly Action<ILogger, string, Exception?> s_tokenLoaded =
                        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Token {Token} loaded");

                    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Token {Token} refreshed")]
                    static partial void TokenRefreshed(ILogger logger, string token);
                }
                """);
            await test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public async Task Console_calls_are_reported_and_fixed_where_the_message_stays_meaningful()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    void M(string apiToken)
                    {
                        Console.WriteLine({|COOL003:apiToken|});
                        Console.Write("Token {0}", {|COOL003:apiToken|});
                        Console.Error.WriteLine({|COOL003:$"Token: {apiToken}"|});
                        Console.Out.WriteLineAsync({|COOL003:"Token " + apiToken|});
                    }
                }
                """,
                """
                using System;

                class C
                {
                    void M(string apiToken)
                    {
                        Console.WriteLine({|COOL003:apiToken|});
                        Console.Write("Token");
                        Console.Error.WriteLine($"Token");
                        Console.Out.WriteLineAsync("Token ");
                    }
                }
                """,
                TestReferences.Net80);
        }

        [Fact]
        public async Task Debug_trace_and_trace_source_calls_are_reported()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System.Diagnostics;

                class C
                {
                    void M(string apiToken, TraceSource source)
                    {
                        Debug.Print("Token {0}", {|COOL003:apiToken|});
                        Debug.Assert(apiToken.Length > 0, {|COOL003:"Bad token " + apiToken|});
                        Trace.TraceWarning("Token: {0}", {|COOL003:apiToken|});
                        source.TraceEvent(TraceEventType.Information, 1, "Token {0} loaded", {|COOL003:apiToken|});
                        Trace.Write({|COOL003:apiToken|});
                        Debug.WriteIf(apiToken.Length > 0, {|COOL003:$"Token: {apiToken}"|});
                    }
                }
                """,
                """
                using System.Diagnostics;

                class C
                {
                    void M(string apiToken, TraceSource source)
                    {
                        Debug.Print("Token");
                        Debug.Assert(apiToken.Length > 0, "Bad token ");
                        Trace.TraceWarning("Token");
                        source.TraceEvent(TraceEventType.Information, 1, "Token loaded");
                        Trace.Write({|COOL003:apiToken|});
                        Debug.WriteIf(apiToken.Length > 0, $"Token");
                    }
                }
                """,
                TestReferences.Net80);
        }

        [Fact]
        public async Task Serilog_logger_and_static_log_are_reported()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System.Net.Http;
                using Serilog;

                class C
                {
                    void M(ILogger logger, string token, HttpRequestMessage request, string url)
                    {
                        Log.Information("Token {Token}", {|COOL003:token|});
                        logger.Warning("Auth {Header} for {Url}", {|COOL003:request.Headers.Authorization|}, url);
                        logger.ForContext("Token", {|COOL003:token|}).Information("Sending");
                    }
                }
                """,
                """
                using System.Net.Http;
                using Serilog;

                class C
                {
                    void M(ILogger logger, string token, HttpRequestMessage request, string url)
                    {
                        Log.Information("Token");
                        logger.Warning("Auth for {Url}", url);
                        logger.ForContext("Token", {|COOL003:token|}).Information("Sending");
                    }
                }
                """,
                TestReferences.AllLogging);
        }

        [Fact]
        public async Task NLog_and_log4net_loggers_are_reported()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    void M(NLog.Logger nlog, NLog.ILogger nlogInterface, log4net.ILog log, string apiToken)
                    {
                        nlog.Info("Token {Token}", {|COOL003:apiToken|});
                        nlogInterface.Error("Token {0} rejected", {|COOL003:apiToken|});
                        log.InfoFormat("Token {0}", {|COOL003:apiToken|});
                        log.Info({|COOL003:"Token " + apiToken|});
                        log.Debug({|COOL003:apiToken|});
                    }
                }
                """,
                """
                class C
                {
                    void M(NLog.Logger nlog, NLog.ILogger nlogInterface, log4net.ILog log, string apiToken)
                    {
                        nlog.Info("Token");
                        nlogInterface.Error("Token rejected");
                        log.InfoFormat("Token");
                        log.Info("Token ");
                        log.Debug({|COOL003:apiToken|});
                    }
                }
                """,
                TestReferences.AllLogging);
        }

        [Fact]
        public async Task Message_names_the_sink_and_never_the_token()
        {
            var source = """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger)
                    {
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        logger.LogInformation("Token {Token}", {|#0:token|});
                        Console.Error.WriteLine({|#1:token|});
                        Console.WriteLine({|#2:LIVE|});
                    }
                }
                """.Replace("LIVE", "\"sk_live_" + "4f9a2c7e1b3d8a6f\"");
            var test = new Verify.Test
            {
                TestCode = source,
                FixedCode = source.Replace("\"Token {Token}\", {|#0:token|}", "\"Token\""),
                ReferenceAssemblies = TestReferences.AllLogging,
            };
            const string FromVariable = "The Coolset API token from COOLSET_API_TOKEN";
            const string Hardcoded = "A hardcoded Coolset API token ('sk_live_\u20268a6f')";
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(0).WithArguments(FromVariable, "ILogger.LogInformation")
                .WithMessage("The Coolset API token from COOLSET_API_TOKEN is written to a log by 'ILogger.LogInformation'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(1).WithArguments(FromVariable, "Console.Error.WriteLine"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(2).WithArguments(Hardcoded, "Console.WriteLine")
                .WithMessage("A hardcoded Coolset API token ('sk_live_\u20268a6f') is written to a log by 'Console.WriteLine'"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(1).WithArguments(FromVariable, "Console.Error.WriteLine"));
            test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(2).WithArguments(Hardcoded, "Console.WriteLine"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Half_typed_code_does_not_crash_the_analyzer()
        {
            var source = """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiToken)
                    {
                        logger.LogInformation("Token {Token}", {|CS0103:missing|});
                        Console.WriteLine({|CS0103:undefinedToken|});
                        var apiKey = {|CS0103:Unknown|}(apiToken);
                        logger.{|CS1061:LogEverything|}(apiToken);
                        Console.WriteLine(apiKey);
                        Console.WriteLine({|COOL003:apiToken|});
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AllLogging);
        }
    }
}
