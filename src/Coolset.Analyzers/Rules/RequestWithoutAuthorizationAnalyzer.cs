using System;
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
    /// control-flow graph. Reported on the send, once per request.
    /// </summary>
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
                // Cheap: type lookups only; the compilation-wide fact is a Lazy evaluated by the first method that needs it.
                var requests = CoolsetRequests.Create(start.Compilation);
                if (requests != null)
                {
                    start.RegisterOperationBlockAction(block => Analyze(block, requests));
                }
            });
        }

        private static void Analyze(OperationBlockAnalysisContext context, CoolsetRequests requests)
        {
            foreach (var operationBlock in context.OperationBlocks)
            {
                var block = operationBlock;
                while (block.Parent != null)
                {
                    block = block.Parent;
                }

                if (!(block is IMethodBodyOperation || block is IConstructorBodyOperation || block is IBlockOperation))
                {
                    continue;
                }

                var hosts = CoolsetOptions.ApiHosts.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(block.Syntax.SyntaxTree));
                var method = requests.Scan(block, hosts, context.CancellationToken);
                if (method.Sends.Count == 0)
                {
                    continue; // the common case: no graph is built
                }

                var graph = context.GetControlFlowGraph(operationBlock);
                var reportedRequests = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                foreach (var send in AuthorizationFlow.Analyze(graph, requests, method, hosts, context.CancellationToken).OrderBy(s => s.Syntax.SpanStart))
                {
                    if (send.Request != null && !reportedRequests.Add(send.Request))
                    {
                        continue;
                    }

                    var why = send.NoPathAuthorizes ? "nothing in this method sets it" : "some path skips every place that sets it";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RequestWithoutAuthorization, send.Syntax.GetLocation(), why));
                }
            }
        }
    }
}
