using System.Collections.Immutable;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>COOL003: a token value passed to a log sink. Reported on the argument (or params element) that carries it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TokenLoggingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.TokenWrittenToLog);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var sinks = LogSinks.Create(start.Compilation, start.Options, start.CancellationToken);
                if (sinks == null)
                {
                    return;
                }

                var state = new CompilationState(sinks, TokenValueAnalysis.For(start.Compilation, start.Options));
                start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            });
        }

        private sealed class CompilationState
        {
            private readonly LogSinks _sinks;
            private readonly TokenValueAnalysis _tokens;

            public CompilationState(LogSinks sinks, TokenValueAnalysis tokens)
            {
                _sinks = sinks;
                _tokens = tokens;
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (!_sinks.TryGetSink(invocation, context.CancellationToken, out var sinkName))
                {
                    return;
                }

                var method = invocation.TargetMethod;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter == null || (method.IsExtensionMethod && argument.Parameter.Ordinal == 0))
                    {
                        continue; // the logger an extension method is called on
                    }

                    if (argument.Parameter.IsParams && argument.Value.WithoutConversions() is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (var element in elements.ElementValues)
                        {
                            Check(context, invocation, element, sinkName);
                        }
                    }
                    else
                    {
                        Check(context, invocation, argument.Value, sinkName);
                    }
                }
            }

            private void Check(OperationAnalysisContext context, IInvocationOperation invocation, IOperation value, string sinkName)
            {
                if (value.Kind == OperationKind.Invalid)
                {
                    return;
                }

                var evidence = _tokens.Explain(value, context.CancellationToken);
                if (evidence.IsToken)
                {
                    // What the fix removes travels with the diagnostic, so the light bulb does not analyze the call again.
                    var removal = LoggedTokenRemoval.Plan(invocation, value, _tokens, context.CancellationToken);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.TokenWrittenToLog, value.Syntax.GetLocation(), removal, evidence.Describe(), sinkName));
                }
            }
        }
    }
}
