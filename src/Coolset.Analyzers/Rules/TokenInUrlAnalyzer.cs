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
                var text = FileText.Of(tree, cancellationToken);
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
                List<Diagnostic>? found = null;
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
                        AnalyzeUrlExpression(root, hosts ??= HostsFor(tree), ref found, cancellationToken);
                    }
                }

                ListPool<TextSite>.Return(sites);
                if (found != null)
                {
                    found.ForEach(context.ReportDiagnostic); // not a delegate before: it would box the context for every file
                }
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

                List<Diagnostic>? found = null;
                AnalyzeUrlExpression(root, HostsFor(reference.Syntax.SyntaxTree), ref found, context.CancellationToken);
                if (found != null)
                {
                    found.ForEach(context.ReportDiagnostic);
                }
            }

            private void AnalyzeUrlExpression(IOperation root, CoolsetHosts hosts, ref List<Diagnostic>? found, CancellationToken cancellationToken)
            {
                Find(root, hosts, ref found, cancellationToken);

                // const string Base = "https://…"; then $"{Base}?token={token}": the uses of a const local are read too.
                var uses = ListPool<IOperation>.Rent();
                UrlExpressionAnchors.AddConstantLocalUses(root, uses, cancellationToken);
                foreach (var use in uses)
                {
                    Find(use, hosts, ref found, cancellationToken);
                }

                ListPool<IOperation>.Return(uses);
            }

            private void Find(IOperation root, CoolsetHosts hosts, ref List<Diagnostic>? found, CancellationToken cancellationToken)
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

                var findings = TokenInUrlFinder.Find(expression, hosts, _tokens, cancellationToken);
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

                (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(Descriptors.TokenInUrl, root.Syntax.GetLocation(), places.ToString()));
            }

            private CoolsetHosts HostsFor(SyntaxTree tree) => CoolsetOptions.ApiHosts.Read(CoolsetOptions.For(_options, tree));
        }
    }
}
