using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>The benchmark's codebase is only a fair yardstick if it is valid, realistic and the same every time.</summary>
    public class CodeGeneratorTests
    {
        [Theory]
        [InlineData(CodebaseFlavor.WithCoolsetClients)]
        [InlineData(CodebaseFlavor.PlainBusiness)]
        public async Task Generated_code_compiles_without_errors(CodebaseFlavor flavor)
        {
            var files = new CodeGenerator(seed: 3, flavor).Generate(40);
            var references = flavor == CodebaseFlavor.WithCoolsetClients ? TestReferences.Http : TestReferences.Net80;
            var compilation = CSharpCompilation.Create(
                "Generated",
                files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.CSharp12), f.Path)),
                await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        }

        [Fact]
        public void The_same_seed_gives_the_same_codebase()
        {
            var first = new CodeGenerator(seed: 11, CodebaseFlavor.WithCoolsetClients).Generate(50);
            var second = new CodeGenerator(seed: 11, CodebaseFlavor.WithCoolsetClients).Generate(50);

            Assert.Equal(first.Select(f => f.Path + f.Text), second.Select(f => f.Path + f.Text));
        }

        [Fact]
        public void The_codebase_mixes_business_code_with_a_few_Coolset_clients_and_look_alikes()
        {
            var text = string.Concat(new CodeGenerator(seed: 5, CodebaseFlavor.WithCoolsetClients).Generate(200).Select(f => f.Text));

            var clients = CountOf(text, "public sealed class CoolsetFootprintClient");
            Assert.InRange(clients, 2, 20);
            Assert.Contains("ILogger<", text, StringComparison.Ordinal);
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", token)", text, StringComparison.Ordinal);
            Assert.Contains("_configuration[\"Coolset:ApiToken\"]", text, StringComparison.Ordinal);
            Assert.Contains("CancellationToken cancellationToken", text, StringComparison.Ordinal);
            Assert.Contains("string? pageToken", text, StringComparison.Ordinal);
            Assert.Contains("\"Bearer authentication failed\"", text, StringComparison.Ordinal);
            Assert.InRange(CountOf(text, ".AddHttpMessageHandler<CoolsetAuthHandler"), 2, 20); // typed clients behind an auth handler
            Assert.Contains("internal static class LegacyCoolsetCalls", text, StringComparison.Ordinal);
        }

        [Fact]
        public void The_plain_codebase_uses_no_HTTP_and_no_logging()
        {
            var text = string.Concat(new CodeGenerator(seed: 5, CodebaseFlavor.PlainBusiness).Generate(200).Select(f => f.Text));

            Assert.DoesNotContain("System.Net.Http", text, StringComparison.Ordinal);
            Assert.DoesNotContain("HttpClient", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ILogger", text, StringComparison.Ordinal);
        }

        private static int CountOf(string text, string value)
        {
            var count = 0;
            for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
