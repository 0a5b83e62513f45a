using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenInConfigurationFileAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL006 and COOL004 in configuration files: which files, exact line and column, placeholders, duplicates.</summary>
    public class TokenInConfigurationFileTests
    {
        private const string Source = "class C { }";

        [Fact]
        public async Task Live_token_and_http_url_in_appsettings_json_are_reported_where_they_stand()
        {
            await RunAsync(
                ("/0/appsettings.json", """
                    {
                      "Coolset": {
                        "ApiToken": "{|#0:sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd|}",
                        "BaseUrl": "{|#1:http://developers.coolset.com/api/v1|}",
                        "Secure": "https://developers.coolset.com/",
                        "TestToken": "sk_test_8Hj3Pw6Zs1Qe9Ua4Yt2M"
                      }
                    }
                    """),
                Verify.Diagnostic("COOL006").WithLocation(0).WithArguments("sk_live_\u2026c7Kd", "appsettings.json"),
                Verify.Diagnostic("COOL004").WithLocation(1).WithArguments("http://developers.coolset.com/api/v1"));
        }

        [Fact]
        public async Task Every_configuration_kind_is_read_commented_out_lines_included()
        {
            await RunAsync(
                new[]
                {
                    ("/0/appsettings.Development.json", """
                        {
                          // "ApiToken": "{|COOL006:sk_live_aaaa1111bbbb2222|}"
                        }
                        """),
                    ("/0/.env", "# COOLSET_API_TOKEN={|COOL006:sk_live_cccc3333dddd4444|}\nOTHER=1\n"),
                    ("/0/.env.production", "COOLSET_API_TOKEN={|COOL006:sk_live_eeee5555ffff6666|}\n"),
                    ("/0/deploy/prod.env", "COOLSET_URL={|COOL004:HTTP://API.Coolset.COM:80/|}\n"),
                    ("/0/Properties/launchSettings.json", """{ "environmentVariables": { "COOLSET_API_TOKEN": "{|COOL006:sk_live_gggg7777hhhh8888|}" } }"""),
                    ("/0/App.config", """<add key="Coolset" value="{|COOL004:http://developers.coolset.com|}" />"""),
                    ("/0/docker-compose.yml", "environment:\n  - COOLSET_API_TOKEN={|COOL006:sk_live_iiii9999jjjj0000|}\n"),
                    ("/0/k8s/values.yaml", "coolset:\n  url: {|COOL004:http://developers-scranton.coolset.com/v1|}\n"),
                });
        }

        [Fact]
        public async Task Other_additional_files_are_not_read()
        {
            await RunAsync(
                new[]
                {
                    ("/0/notes.txt", "sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd http://developers.coolset.com"),
                    ("/0/data.json", "{ \"t\": \"sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd\" }"),
                    ("/0/README.md", "http://developers.coolset.com"),
                });
        }

        [Fact]
        public async Task Placeholders_test_tokens_other_hosts_and_xml_namespaces_are_quiet()
        {
            await RunAsync(
                new[]
                {
                    ("/0/appsettings.json", """
                        {
                          "A": "${COOLSET_API_TOKEN}",
                          "B": "sk_live_xxxxxxxx",
                          "C": "<your token>",
                          "D": "sk_live_YOUR_TOKEN_HERE",
                          "E": "sk_live_",
                          "F": "sk_test_1234567890abcdef",
                          "G": "http://localhost:5000/",
                          "H": "http://coolset.com.evil.io/",
                          "I": "http://coolset.com@evil.io/",
                          "J": "http://notcoolset.com/"
                        }
                        """),
                    ("/0/web.config", """<configuration xmlns="http://schemas.coolset.com/config" xmlns:c='http://schemas.coolset.com/c'></configuration>"""),
                });
        }

        [Fact]
        public async Task Crlf_and_a_byte_order_mark_keep_lines_and_columns_exact()
        {
            var test = new Verify.Test { TestCode = Source };
            var content = "{\r\n  \"Url\": \"x\",\r\n  \"ApiToken\": \"sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd\"\r\n}\r\n";
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", SourceText.From(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true))));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL006").WithSpan("/0/appsettings.json", 3, 16, 3, 44).WithArguments("sk_live_\u2026c7Kd", "appsettings.json"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_file_listed_twice_is_read_once()
        {
            var test = new Verify.Test { TestCode = Source };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"ApiToken\": \"{|COOL006:sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd|}\" }"));
            test.TestState.AdditionalFiles.Add(("/0/./appsettings.json", "{ \"ApiToken\": \"sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd\" }"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Configured_hosts_apply_to_configuration_files()
        {
            var test = new Verify.Test { TestCode = Source };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"A\": \"{|COOL004:http://eu.proxy.example.org/v1|}\", \"B\": \"http://example.org/\" }"));
            test.TestState.AnalyzerConfigFiles.Add(EditorConfig.With("coolset.api_hosts = *.proxy.example.org"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_large_file_is_scanned_once_and_its_findings_are_at_their_lines()
        {
            var builder = new StringBuilder("{\n");
            for (var i = 0; i < 60000; i++)
            {
                builder.Append("  \"Key").Append(i).Append("\": \"value with https://example.com/ and sk_ prefix ").Append(i).Append("\",\n");
            }

            builder.Append("  \"ApiToken\": \"{|COOL006:sk_live_4f9Xq2Lm8Rt5Vb1Nc7Kd|}\",\n  \"Url\": \"{|COOL004:http://developers.coolset.com|}\"\n}\n");
            Assert.True(builder.Length > 3_000_000);
            await RunAsync(new[] { ("/0/appsettings.json", builder.ToString()) });
        }

        private static Task RunAsync((string Path, string Content) file, params DiagnosticResult[] expected) =>
            RunAsync(new[] { file }, expected);

        private static Task RunAsync((string Path, string Content)[] files, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = Source };
            foreach (var file in files)
            {
                test.TestState.AdditionalFiles.Add(file);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
