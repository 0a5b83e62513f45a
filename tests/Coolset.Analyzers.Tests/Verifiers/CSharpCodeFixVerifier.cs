using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Coolset.Analyzers.Tests.Verifiers
{
    /// <summary>The one verifier facade: test files alias it, e.g. <c>using Verify = CSharpCodeFixVerifier&lt;A, F&gt;;</c>.</summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic(string diagnosticId) =>
            CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) =>
            CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

        /// <summary>Diagnostics only: <paramref name="source"/> marks every expected diagnostic with markup.</summary>
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Diagnostics, the first code fix and Fix All; passing <paramref name="source"/> as <paramref name="fixedSource"/> proves no fix is offered.</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null) =>
            VerifyCodeFixAsync(source, fixedSource, equivalenceKey, references: null);

        /// <summary>As above, with compilations built against <paramref name="references"/>.</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource, ReferenceAssemblies references, string? equivalenceKey = null) =>
            VerifyCodeFixAsync(source, fixedSource, equivalenceKey, references);

        /// <summary>As <see cref="VerifyCodeFixAsync(string, string, string?)"/>, with <c>.editorconfig</c> lines and extra references.</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey, ReferenceAssemblies? references, params string[] editorConfigLines)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };

            // Markup in the fixed code marks a diagnostic that stays (a case the fix does not handle).
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            if (references != null)
            {
                test.ReferenceAssemblies = references;
            }

            if (editorConfigLines.Length > 0)
            {
                test.TestState.AnalyzerConfigFiles.Add(EditorConfig.With(editorConfigLines));
            }

            return test.RunAsync(CancellationToken.None);
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
                SolutionTransforms.Add((solution, projectId) =>
                {
                    var project = solution.GetProject(projectId)!;
                    var options = ((CSharpCompilationOptions)project.CompilationOptions!)
                        .WithNullableContextOptions(NullableContextOptions.Enable);
                    var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
                    return solution.WithProjectCompilationOptions(projectId, options).WithProjectParseOptions(projectId, parseOptions);
                });
            }
        }
    }

    /// <summary>For analyzers that have no code fix.</summary>
    public static class CSharpAnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
            CSharpCodeFixVerifier<TAnalyzer, EmptyCodeFixProvider>.VerifyAnalyzerAsync(source, expected);
    }
}
