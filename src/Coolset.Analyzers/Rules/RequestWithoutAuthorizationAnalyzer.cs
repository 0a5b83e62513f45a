using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL005: a Coolset request that some path sends without an Authorization header, decided on the method's
    /// control-flow graph. Reported on the send, once per request. See docs/rules/COOL005.md.
    /// </summary>
    /// <remarks>
    /// Most methods send nothing, so the rule waits for a send call (a name and a type compare per invocation) and only
    /// then scans that one method and builds its control-flow graph, once, however many sends it makes.
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
                    var methods = new ConcurrentDictionary<SyntaxNode, Dictionary<SyntaxNode, string>>();
                    start.RegisterOperationAction(operation => AnalyzeSend(operation, requests, methods), OperationKind.Invocation);
                }
            });
        }

        private static void AnalyzeSend(OperationAnalysisContext context, CoolsetRequests requests, ConcurrentDictionary<SyntaxNode, Dictionary<SyntaxNode, string>> methods)
        {
            if (requests.AsSend((IInvocationOperation)context.Operation) == null)
            {
                return; // the common case: not a send
            }

            var block = context.Operation.Root();
            if (!(block is IMethodBodyOperation || block is IConstructorBodyOperation || block is IBlockOperation))
            {
                return; // a field initializer
            }

            // The method is analyzed once, on its first send; each send reports its own finding, so that the
            // diagnostic stays local to the operation being analyzed (the IDE and code fixes rely on that).
            if (!methods.TryGetValue(block.Syntax, out var unauthorized))
            {
                unauthorized = methods.GetOrAdd(block.Syntax, UnauthorizedSends(context, block, requests));
            }

            if (unauthorized.TryGetValue(context.Operation.Syntax, out var why))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RequestWithoutAuthorization, context.Operation.Syntax.GetLocation(), why));
            }
        }

        /// <summary>The sends of the method some path reaches unauthorized (the first of each request only), with the reason.</summary>
        private static Dictionary<SyntaxNode, string> UnauthorizedSends(OperationAnalysisContext context, IOperation block, CoolsetRequests requests)
        {
            var found = new Dictionary<SyntaxNode, string>();
            var hosts = CoolsetOptions.ApiHosts.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(block.Syntax.SyntaxTree));
            var method = requests.Scan(block, hosts, context.CancellationToken);
            if (method.Sends.Count == 0 ||
                method.Sends.Values.All(send => AuthorizedEarlier.Holds(send, method, requests.Symbols) ||
                                                requests.ClientAuthorizedThroughout(send, method, hosts, context.CancellationToken)))
            {
                return found; // no Coolset send, or each one plainly authorized: no graph is built
            }

            var reportedRequests = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var send in AuthorizationFlow.Analyze(context.GetControlFlowGraph(), requests, method, hosts, context.CancellationToken).OrderBy(s => s.Syntax.SpanStart))
            {
                if (send.Request != null && !reportedRequests.Add(send.Request))
                {
                    continue;
                }

                found[send.Syntax] = send.NoPathAuthorizes ? "nothing in this method sets it" : "some path skips every place that sets it";
            }

            return found;
        }
    }
}
