using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Core;
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
    /// The COOL003 analyzer says in the diagnostic's properties what the fix removes, so the light bulb reads them
    /// instead of analyzing the call again; the properties hold positions and indices, never the token.
    /// </summary>
    public class TokenLoggingFixPropertiesTests
    {
        private const string Source = """
            using System;

            class C
            {
                void M(string url)
                {
                    var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    Console.WriteLine("{0} {1}", url, token);
                    Console.WriteLine("{0}", "sk_live_1234567890abcdef");
                    Console.WriteLine($"Token: {token} at {url}");
                    Console.WriteLine("Using " + url + token);
                    Console.WriteLine(token);
                }
            }
            """;

        [Fact]
        public async Task Properties_name_what_the_fix_removes_and_never_the_token()
        {
            var (_, diagnostics) = await AnalyzeAsync();

            Assert.Collection(
                diagnostics,
                d => AssertFormatArgument(d, formatIndex: 1, template: "\"{0} {1}\""),
                d => AssertFormatArgument(d, formatIndex: 0, template: "\"{0}\""),
                d => AssertParts(d, LoggedTokenRemovalKind.InterpolationHoles, "0"),
                d => AssertParts(d, LoggedTokenRemovalKind.ConcatenationOperands, "2"),
                d => Assert.Empty(d.Properties));
            foreach (var value in diagnostics.SelectMany(d => d.Properties.Values))
            {
                Assert.Matches(new Regex("^([A-Za-z]+|[0-9]+(,[0-9]+)*)$"), value);
            }
        }

        [Fact]
        public async Task The_fix_is_offered_from_the_properties_alone()
        {
            var (document, diagnostics) = await AnalyzeAsync();

            var offered = new List<int>();
            var withoutProperties = new List<int>();
            foreach (var diagnostic in diagnostics)
            {
                offered.Add(await CountActionsAsync(document, diagnostic));
                withoutProperties.Add(await CountActionsAsync(document, Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, "Console.WriteLine")));
            }

            Assert.Equal(new[] { 1, 1, 1, 1, 0 }, offered);
            Assert.Equal(new[] { 0, 0, 0, 0, 0 }, withoutProperties);
        }

        private static void AssertFormatArgument(Diagnostic diagnostic, int formatIndex, string template)
        {
            Assert.True(LoggedTokenRemoval.TryRead(diagnostic, out var removal));
            Assert.Equal(LoggedTokenRemovalKind.FormatArgument, removal.Kind);
            Assert.Equal(formatIndex, removal.FormatIndex);
            Assert.False(removal.InArray);
            Assert.Equal(template, Source.Substring(removal.Template.Start, removal.Template.Length));
        }

        private static void AssertParts(Diagnostic diagnostic, LoggedTokenRemovalKind kind, string parts)
        {
            Assert.True(LoggedTokenRemoval.TryRead(diagnostic, out var removal));
            Assert.Equal(kind, removal.Kind);
            Assert.Equal(parts, string.Join(",", removal.Parts));
        }

        private static async Task<int> CountActionsAsync(Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new TokenLoggingCodeFixProvider().RegisterCodeFixesAsync(context);
            return actions.Count;
        }

        private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync()
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("P", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .AddMetadataReferences(new[]
                {
                    MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                    MetadataReference.CreateFromFile(typeof(Console).Assembly.Location),
                    MetadataReference.CreateFromFile(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
                });
            var document = project.AddDocument("C.cs", Source);
            var compilation = await document.Project.GetCompilationAsync();
            Assert.Empty(compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TokenLoggingAnalyzer()), document.Project.AnalyzerOptions)
                .GetAnalyzerDiagnosticsAsync();
            return (document, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray());
        }
    }
}
