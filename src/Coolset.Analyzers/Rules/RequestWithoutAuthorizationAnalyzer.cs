using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL005: a Coolset request that some path sends without an Authorization header, decided on the method's
    /// control-flow graph. Reported on the send, once per request. See docs/rules/COOL005.md.
    /// </summary>
    /// <remarks>
    /// Most files send nothing, so the rule looks for sends by name in each file's text (see
    /// <see cref="CoolsetRequests.FindSends"/>), not with a callback per call; a method that sends is scanned, and
    /// its control-flow graph built, once, however many sends it makes.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequestWithoutAuthorizationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RequestWithoutAuthorization);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Cheap: type lookups only; the compilation-wide fact is computed by the first method that needs it.
                var requests = CoolsetRequests.Create(start.Compilation);
                if (requests != null)
                {
                    start.RegisterSemanticModelAction(model => AnalyzeSends(model, requests));
                }
            });
        }

        private static void AnalyzeSends(SemanticModelAnalysisContext context, CoolsetRequests requests)
        {
            var sends = requests.FindSends(context.SemanticModel, context.CancellationToken);
            if (sends.Count == 0)
            {
                return; // the common case: a file that sends nothing
            }

            var methods = new Dictionary<IOperation, Dictionary<SyntaxNode, string>?>();
            foreach (var send in sends)
            {
                var block = send.Invocation.Root();
                if (!(block is IMethodBodyOperation || block is IConstructorBodyOperation || block is IBlockOperation))
                {
                    continue; // a field initializer
                }

                if (!methods.TryGetValue(block, out var unauthorized))
                {
                    methods[block] = unauthorized = UnauthorizedSends(context, block, requests);
                }

                if (unauthorized != null && unauthorized.TryGetValue(send.Invocation.Syntax, out var why))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RequestWithoutAuthorization, send.Invocation.Syntax.GetLocation(), why));
                }
            }
        }

        /// <summary>
        /// The sends of the method some path reaches unauthorized (the first of each request only), with the reason;
        /// null for none.
        /// </summary>
        private static Dictionary<SyntaxNode, string>? UnauthorizedSends(SemanticModelAnalysisContext context, IOperation block, CoolsetRequests requests)
        {
            var hosts = CoolsetOptions.ApiHosts.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(block.Syntax.SyntaxTree));
            var method = requests.Scan(block, hosts, context.CancellationToken);
            if (EverySendPlainlyAuthorized(method, requests, hosts, context.CancellationToken))
            {
                return null; // no Coolset send, or each one plainly authorized: no graph is built
            }

            var found = new Dictionary<SyntaxNode, string>();
            var reportedRequests = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var send in AuthorizationFlow.Analyze(ControlFlowGraphOf(block, context.CancellationToken), requests, method, hosts, context.CancellationToken).OrderBy(s => s.Syntax.SpanStart))
            {
                if (send.Request != null && !reportedRequests.Add(send.Request))
                {
                    continue;
                }

                found[send.Syntax] = send.NoPathAuthorizes ? "nothing in this method sets it" : "some path skips every place that sets it";
            }

            return found;
        }

        private static bool EverySendPlainlyAuthorized(MethodRequests method, CoolsetRequests requests, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            foreach (var send in method.Sends.Values)
            {
                if (!AuthorizedEarlier.Holds(send, method, requests.Symbols) && !requests.ClientAuthorizedThroughout(send, method, hosts, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        private static ControlFlowGraph ControlFlowGraphOf(IOperation block, CancellationToken cancellationToken) => block switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
            _ => ControlFlowGraph.Create((IBlockOperation)block, cancellationToken),
        };
    }
}
