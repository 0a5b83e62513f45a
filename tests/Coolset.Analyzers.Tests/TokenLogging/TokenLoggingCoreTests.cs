using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace Coolset.Analyzers.Tests
{
    /// <summary>The Core API other rules reuse: <see cref="LogSinks"/> and <see cref="TokenValueAnalysis"/>.</summary>
    public class TokenLoggingCoreTests
    {
        private static readonly AnalyzerOptions NoOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        [Fact]
        public void A_compilation_without_any_logging_type_has_no_sinks()
        {
            var compilation = CSharpCompilation.Create("NoLogging", new[] { CSharpSyntaxTree.ParseText("class C { }") });

            Assert.Null(LogSinks.Create(compilation, NoOptions, CancellationToken.None));
        }

        [Fact]
        public void Token_value_analysis_answers_for_any_operation_of_a_method()
        {
            var tree = CSharpSyntaxTree.ParseText("""
                class C
                {
                    string M(string apiToken, string pageToken)
                    {
                        var copy = apiToken;
                        var other = pageToken;
                        return copy + other;
                    }
                }
                """);
            var compilation = CSharpCompilation.Create("Flow", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();
            var body = model.GetOperation(method)!;
            var references = body.Descendants().OfType<ILocalReferenceOperation>().ToList();
            var analysis = TokenValueAnalysis.Create(compilation, NoOptions);

            Assert.True(analysis.IsTokenValue(references.Single(r => r.Local.Name == "copy"), CancellationToken.None));
            Assert.False(analysis.IsTokenValue(references.Single(r => r.Local.Name == "other"), CancellationToken.None));
            Assert.True(analysis.IsTokenValue(body.Descendants().OfType<IReturnOperation>().Single().ReturnedValue, CancellationToken.None));
            Assert.False(analysis.IsTokenValue(null, CancellationToken.None));
            Assert.Equal(1, analysis.ComputedFlows); // one walk of the method, however many questions
        }

        [Fact]
        public void Credential_context_is_judged_once_per_type()
        {
            var tree = CSharpSyntaxTree.ParseText("""
                class Lexer
                {
                    string _token = "";
                    string A(string token) => token + _token;
                    string B(string secret) => secret + _token;
                }
                """);
            var compilation = CSharpCompilation.Create("Context", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            var model = compilation.GetSemanticModel(tree);
            var analysis = TokenValueAnalysis.Create(compilation, NoOptions);
            var references = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
                .SelectMany(m => model.GetOperation(m)!.Descendants())
                .Where(o => o is IParameterReferenceOperation || o is IFieldReferenceOperation)
                .ToList();

            Assert.Equal(4, references.Count);
            Assert.All(references, r => Assert.False(analysis.IsTokenValue(r, CancellationToken.None)));
            Assert.Equal(1, analysis.Symbols.CredentialContext.ComputedTypes);
        }
    }
}
