using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// <c>dotnet format analyzers</c> asks the fixer for the actions of the first diagnostic the analyzer reports, whatever
    /// its ID, and fixes all diagnostics of one ID with the first action's equivalence key. When that first diagnostic
    /// has no fix (a token in a comment or an attribute argument), the key it passes is null.
    /// </summary>
    public class HardcodedTokenBulkFixTests
    {
        [Fact]
        public async Task Fix_all_without_an_equivalence_key_reads_the_environment_variable()
        {
            const string source = """
                using System;

                // curl -H "Authorization: Bearer sk_live_1234567890abcdef" https://developers.coolset.com/api/accounts/user-config/
                class C
                {
                    [Obsolete("sk_test_1234567890abcdef")]
                    string Header() => "Bearer 0a1b2c3d4e5f6a7b8c9d";
                }
                """;

            var fixedText = await FixAllAsync(source, "COOL002", equivalenceKey: null);

            Assert.Contains("string Header() => $\"Bearer {Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")}\";", fixedText);
            Assert.DoesNotContain("0a1b2c3d4e5f6a7b8c9d", fixedText);
        }

        [Fact]
        public async Task Fix_all_with_the_options_key_leaves_a_site_without_options_alone()
        {
            const string source = """
                class C
                {
                    string Header() => "Bearer 0a1b2c3d4e5f6a7b8c9d";
                }
                """;

            var fixedText = await FixAllAsync(source, "COOL002", EquivalenceKeys.ReadTokenFromOptions);

            Assert.Equal(source, fixedText);
        }

        private static async Task<string> FixAllAsync(string source, string diagnosticId, string? equivalenceKey)
        {
            using var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("P", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
            var document = project.AddDocument("C.cs", source);
            project = document.Project;

            var compilation = await project.GetCompilationAsync();
            var diagnostics = await compilation!
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedTokenAnalyzer()), project.AnalyzerOptions)
                .GetAnalyzerDiagnosticsAsync();
            Assert.Contains(diagnostics, d => d.Id == diagnosticId);

            var provider = new HardcodedTokenCodeFixProvider();
            var context = new FixAllContext(
                document, provider, FixAllScope.Solution, equivalenceKey!, new[] { diagnosticId },
                new FixedDiagnostics(diagnostics), CancellationToken.None);
            var action = await provider.GetFixAllProvider().GetFixAsync(context);
            if (action == null)
            {
                return source;
            }

            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        }

        private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
        {
            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => !d.Location.IsInSource));

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
        }
    }
}
