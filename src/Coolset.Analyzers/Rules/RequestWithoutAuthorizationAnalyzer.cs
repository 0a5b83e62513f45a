using System;
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
    /// Most methods send nothing, so the rule looks for sends by name in each file's text (searched once per file, see
    /// <see cref="CoolsetRequests.AddSendNameStarts"/>), not with a callback per call; a method that sends is scanned,
    /// and its control-flow graph built, once, however many sends it makes.
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
                    var sendNames = new NameStartsByTree(requests.AddSendNameStarts);
                    start.RegisterOperationBlockAction(blocks => AnalyzeSends(blocks, requests, sendNames));
                }
            });
        }

        private static void AnalyzeSends(OperationBlockAnalysisContext context, CoolsetRequests requests, NameStartsByTree sendNames)
        {
            var blocks = context.OperationBlocks;
            var starts = blocks.IsEmpty ? Array.Empty<int>() : sendNames.For(blocks[0].Syntax.SyntaxTree);
            if (starts.Length == 0)
            {
                return; // the common case: a file that sends nothing
            }

            var calls = new List<IInvocationOperation>();
            foreach (var block in blocks)
            {
                InvocationSites.FindWithin(block, starts, calls, context.CancellationToken);
            }

            var methods = new Dictionary<IOperation, Dictionary<SyntaxNode, string>>();
            foreach (var call in calls)
            {
                if (requests.AsSend(call) == null)
                {
                    continue;
                }

                var block = call.Root();
                if (!(block is IMethodBodyOperation || block is IConstructorBodyOperation || block is IBlockOperation))
                {
                    continue; // a field initializer
                }

                if (!methods.TryGetValue(block, out var unauthorized))
                {
                    methods[block] = unauthorized = UnauthorizedSends(context.Options, context.CancellationToken, block, requests);
                }

                if (unauthorized.TryGetValue(call.Syntax, out var why))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RequestWithoutAuthorization, call.Syntax.GetLocation(), why));
                }
            }
        }

        /// <summary>The sends of the method some path reaches unauthorized (the first of each request only), with the reason.</summary>
        private static Dictionary<SyntaxNode, string> UnauthorizedSends(AnalyzerOptions options, CancellationToken cancellationToken, IOperation block, CoolsetRequests requests)
        {
            var found = new Dictionary<SyntaxNode, string>();
            var hosts = CoolsetOptions.ApiHosts.Read(options.AnalyzerConfigOptionsProvider.GetOptions(block.Syntax.SyntaxTree));
            var method = requests.Scan(block, hosts, cancellationToken);
            if (method.Sends.Count == 0 ||
                method.Sends.Values.All(send => AuthorizedEarlier.Holds(send, method, requests.Symbols) ||
                                                requests.ClientAuthorizedThroughout(send, method, hosts, cancellationToken)))
            {
                return found; // no Coolset send, or each one plainly authorized: no graph is built
            }

            var reportedRequests = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var send in AuthorizationFlow.Analyze(ControlFlowGraphOf(block, cancellationToken), requests, method, hosts, cancellationToken).OrderBy(s => s.Syntax.SpanStart))
            {
                if (send.Request != null && !reportedRequests.Add(send.Request))
                {
                    continue;
                }

                found[send.Syntax] = send.NoPathAuthorizes ? "nothing in this method sets it" : "some path skips every place that sets it";
            }

            return found;
        }

        private static ControlFlowGraph ControlFlowGraphOf(IOperation block, CancellationToken cancellationToken) => block switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
            _ => ControlFlowGraph.Create((IBlockOperation)block, cancellationToken),
        };
    }
}
