using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

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

                // Not one callback per string operation: a URL expression is found from its anchors (see
                // UrlExpressionAnchors), the literals by a search of each file's text for "://", the constants by their
                // references (a field may be declared in another file).
                start.RegisterSemanticModelAction(state.AnalyzeLiteralAnchors);
                start.RegisterOperationAction(state.AnalyzeConstantAnchor, OperationKind.FieldReference);
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

            public void AnalyzeLiteralAnchors(SemanticModelAnalysisContext context)
            {
                var cancellationToken = context.CancellationToken;
                var model = context.SemanticModel;
                var tree = model.SyntaxTree;
                var text = tree.GetText(cancellationToken).ToString();
                if (!UrlScanner.MayContainUrl(text))
                {
                    return;
                }

                var positions = ListPool<int>.Rent();
                var sites = ListPool<TextSite>.Rent();
                UrlScanner.AddSeparatorPositions(text, positions);
                SecretLocations.FindSites(tree.GetRoot(cancellationToken), positions, includeComments: false, sites, cancellationToken);
                ListPool<int>.Return(positions);
                CoolsetHosts? hosts = null;
                Action<Diagnostic>? report = null;
                foreach (var site in sites)
                {
                    var token = site.LiteralToken;
                    var literal = token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringTextSyntax ? token.Parent.Parent : token.Parent;
                    if (literal == null || !(model.OperationOrNull(literal, cancellationToken) is { } operation))
                    {
                        continue;
                    }

                    var root = UrlExpressionAnchors.OutermostAround(operation.WithoutConversions());
                    if (UrlExpressionAnchors.IsFirstAnchor(root, token.SpanStart))
                    {
                        AnalyzeUrlExpression(root, hosts ??= HostsFor(tree), report ??= context.ReportDiagnostic, cancellationToken);
                    }
                }

                ListPool<TextSite>.Return(sites);
            }

            public void AnalyzeConstantAnchor(OperationAnalysisContext context)
            {
                var reference = context.Operation;
                if (!UrlExpressionAnchors.IsConstantAnchor(reference))
                {
                    return; // nearly every field reference: not a const string holding "://"
                }

                var root = UrlExpressionAnchors.OutermostAround(reference);
                if (root == reference || !UrlExpressionAnchors.IsFirstAnchor(root, reference.Syntax.SpanStart))
                {
                    return; // the constant alone is no URL expression of this method; or another anchor reads it
                }

                AnalyzeUrlExpression(root, HostsFor(reference.Syntax.SyntaxTree), context.ReportDiagnostic, context.CancellationToken);
            }

            private void AnalyzeUrlExpression(IOperation root, CoolsetHosts hosts, Action<Diagnostic> report, CancellationToken cancellationToken)
            {
                Report(root, hosts, report, cancellationToken);

                // const string Base = "https://…"; then $"{Base}?token={token}": the uses of a const local are read too.
                var uses = new List<IOperation>();
                UrlExpressionAnchors.AddConstantLocalUses(root, uses, cancellationToken);
                foreach (var use in uses)
                {
                    Report(use, hosts, report, cancellationToken);
                }
            }

            private void Report(IOperation root, CoolsetHosts hosts, Action<Diagnostic> report, CancellationToken cancellationToken)
            {
                if (!UrlExpression.MayMentionCoolsetHost(root, hosts))
                {
                    return; // a URL to another host: not read at all
                }

                var expression = UrlExpression.Read(root);
                if (expression == null)
                {
                    return;
                }

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

                report(Diagnostic.Create(Descriptors.TokenInUrl, root.Syntax.GetLocation(), places.ToString()));
            }

            private CoolsetHosts HostsFor(SyntaxTree tree) => CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(_options, tree));
        }
    }
}
