using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

// Deliberately broken test doubles, never shipped.
#pragma warning disable RS1001, RS1016, RS1036, RS2008

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>The crash harness must see a crash when there is one, or the mutation test proves nothing.</summary>
    public class CrashHarnessTests
    {
        [Fact]
        public async Task An_analyzer_exception_is_reported_against_its_case()
        {
            var harness = await HarnessAsync(new ThrowingAnalyzer(), new ThrowingFixer(throws: false));

            var crashes = await RunAsync(harness, "class C { string s = \"boom\"; }", "class D { }");

            var crash = Assert.Single(crashes, c => c.Stage.StartsWith("analyzer ", StringComparison.Ordinal));
            Assert.Equal(0, crash.Case!.Index);
            Assert.Contains("analyzer exploded", crash.Details, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_code_fix_exception_is_reported_against_its_case()
        {
            var harness = await HarnessAsync(new ThrowingAnalyzer(), new ThrowingFixer(throws: true));

            var crashes = await RunAsync(harness, "class C { }", "class D { string s = \"fix me\"; }");

            Assert.NotEmpty(crashes);
            Assert.All(crashes, c => Assert.Equal(1, c.Case!.Index));
            Assert.Contains(crashes, c => c.Details.Contains("fix exploded", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Working_analyzers_and_fixes_report_nothing()
        {
            var harness = await HarnessAsync(new ThrowingAnalyzer(), new ThrowingFixer(throws: false));

            var crashes = await RunAsync(harness, "class C { string s = \"fix me\"; }");

            Assert.Empty(crashes);
            Assert.Equal(1, harness.CodeActionsApplied);
            Assert.Equal(1, harness.FixAllsApplied);
        }

        private static async Task<CrashHarness> HarnessAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fixer) =>
            new CrashHarness(
                await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
                ImmutableArray.Create(analyzer),
                ImmutableArray.Create(fixer));

        private static Task<System.Collections.Generic.IReadOnlyList<CrashReport>> RunAsync(CrashHarness harness, params string[] sources) =>
            harness.RunBatchAsync(
                sources.Select((s, i) => new CrashCase(i, "test", string.Empty, s)).ToList(),
                Array.Empty<string>(), maxDiagnosticsToFix: 10, new Random(0), CancellationToken.None);

        /// <summary>Reports TEST001 on every string literal; throws on the literal "boom".</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("TEST001", "Literal", "Literal", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c =>
                    {
                        if (c.Node.ToString() == "\"boom\"")
                        {
                            throw new InvalidOperationException("analyzer exploded");
                        }

                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation()));
                    },
                    SyntaxKind.StringLiteralExpression);
            }
        }

        private sealed class ThrowingFixer : CodeFixProvider
        {
            private readonly bool _throws;

            public ThrowingFixer(bool throws)
            {
                _throws = throws;
            }

            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001");

            public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Empty the literal", ct => FixAsync(context.Document, ct), "empty"),
                    context.Diagnostics);
                return Task.CompletedTask;
            }

            private async Task<Document> FixAsync(Document document, CancellationToken cancellationToken)
            {
                if (_throws)
                {
                    throw new InvalidOperationException("fix exploded");
                }

                var text = await document.GetTextAsync(cancellationToken);
                return document.WithText(Microsoft.CodeAnalysis.Text.SourceText.From(text.ToString().Replace("\"fix me\"", "\"\"", StringComparison.Ordinal)));
            }
        }
    }
}
