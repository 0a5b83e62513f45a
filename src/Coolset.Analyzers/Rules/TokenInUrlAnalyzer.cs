using System.Collections.Immutable;
using System.Text;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL008: a token in the query or the path of a Coolset URL. Reported once per URL expression, on the outermost
    /// string expression (the literal, the interpolated string, the whole concatenation or the Concat/Format call; inside
    /// <c>new Uri(…)</c> too), naming the query parameters (or the path) that carry it. See docs/rules/COOL008.md.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TokenInUrlAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.TokenInUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var state = new CompilationState(start.Options, TokenValueAnalysis.For(start.Compilation, start.Options));
                start.RegisterOperationAction(
                    state.AnalyzeStringExpression,
                    OperationKind.Literal,
                    OperationKind.InterpolatedString,
                    OperationKind.Binary,
                    OperationKind.Invocation);
            });
        }

        private sealed class CompilationState
        {
            private readonly AnalyzerOptions _options;
            private readonly TokenValueAnalysis _tokens;

            public CompilationState(AnalyzerOptions options, TokenValueAnalysis tokens)
            {
                _options = options;
                _tokens = tokens;
            }

            public void AnalyzeStringExpression(OperationAnalysisContext context)
            {
                var operation = context.Operation;
                switch (operation)
                {
                    case Microsoft.CodeAnalysis.Operations.ILiteralOperation _:
                        // The cheapest test first: literals are the most frequent operation of all.
                        if (operation.Type?.SpecialType != SpecialType.System_String ||
                            !(operation.ConstantString() is { } text && UrlScanner.MayContainUrl(text)))
                        {
                            return;
                        }

                        break;
                    case Microsoft.CodeAnalysis.Operations.IBinaryOperation binary when !UrlExpression.IsStringConcatenation(binary):
                        return;
                    case Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation when !UrlExpression.IsConcatOrFormat(invocation):
                        return;
                }

                if (!UrlExpression.IsOutermost(operation) || !UrlExpression.MayHoldUrl(operation))
                {
                    return;
                }

                var hosts = HostsFor(operation.Syntax.SyntaxTree);
                if (!UrlExpression.MayMentionCoolsetHost(operation, hosts))
                {
                    return; // a URL to another host: not read at all
                }

                var expression = UrlExpression.Read(operation);
                if (expression == null)
                {
                    return;
                }

                var cancellationToken = context.CancellationToken;
                var findings = TokenInUrlFinder.Find(expression, hosts, value => _tokens.IsTokenValue(value, cancellationToken));
                if (findings == null)
                {
                    return;
                }

                var places = new StringBuilder();
                foreach (var finding in findings)
                {
                    var place = finding.Describe();
                    if (places.ToString().Contains(place))
                    {
                        continue;
                    }

                    places.Append(places.Length == 0 ? string.Empty : ", ").Append(place);
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TokenInUrl, operation.Syntax.GetLocation(), places.ToString()));
            }

            private CoolsetHosts HostsFor(SyntaxTree tree) => CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(_options, tree));
        }
    }
}
