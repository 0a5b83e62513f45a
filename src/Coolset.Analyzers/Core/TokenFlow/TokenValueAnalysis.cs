using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Whether a value holds a Coolset token or credential (docs/concepts.md, "Token value"), judged within one method body.
    /// </summary>
    /// <remarks>
    /// Create one per compilation (at compilation start) and ask <see cref="IsTokenValue"/> from any operation callback.
    /// The per-method work (which locals, parameters, fields and properties hold a token) is done once per operation
    /// tree root, on the first question that needs it, and cached for as long as that tree lives.
    /// </remarks>
    internal sealed class TokenValueAnalysis
    {
        private readonly ConditionalWeakTable<IOperation, MethodTokenFlow> _flows = new ConditionalWeakTable<IOperation, MethodTokenFlow>();
        private readonly AnalyzerOptions _options;
        private int _computedFlows;

        private TokenValueAnalysis(TokenSourceSymbols symbols, AnalyzerOptions options)
        {
            Symbols = symbols;
            _options = options;
        }

        internal TokenSourceSymbols Symbols { get; }

        /// <summary>How many method bodies were walked so far (the cache is tested through it).</summary>
        internal int ComputedFlows => _computedFlows;

        private static readonly ConditionalWeakTable<Compilation, ConditionalWeakTable<AnalyzerOptions, TokenValueAnalysis>> Shared =
            new ConditionalWeakTable<Compilation, ConditionalWeakTable<AnalyzerOptions, TokenValueAnalysis>>();

        /// <summary>
        /// The analysis every rule shares for <paramref name="compilation"/> and <paramref name="options"/>: a method's
        /// token flow is worked out once, whichever rule asks first, and survives the IDE's repeated compilation starts.
        /// </summary>
        public static TokenValueAnalysis For(Compilation compilation, AnalyzerOptions options) =>
            Shared.GetValue(compilation, _ => new ConditionalWeakTable<AnalyzerOptions, TokenValueAnalysis>())
                .GetValue(options, o => Create(compilation, o));

        /// <summary>A new analysis with its own cache; resolves the types it needs by metadata name, once for <paramref name="compilation"/>.</summary>
        public static TokenValueAnalysis Create(Compilation compilation, AnalyzerOptions options) =>
            new TokenValueAnalysis(new TokenSourceSymbols(compilation), options);

        /// <summary>
        /// Whether <paramref name="operation"/> evaluates to a token value: read from a token source, or propagated from
        /// one within its method (locals, assignments, <c>??</c>, <c>?:</c>, concatenation, interpolation,
        /// <c>string.Format/Concat/Join</c>, <c>ToString()</c>, <c>AuthenticationHeaderValue</c>, <c>StringBuilder</c>).
        /// </summary>
        /// <remarks>The operation must belong to an operation tree whose root is its method body (or initializer).</remarks>
        public bool IsTokenValue(IOperation? operation, CancellationToken cancellationToken) => Explain(operation, cancellationToken).IsToken;

        /// <summary>As <see cref="IsTokenValue"/>, with the source the value comes from, for a message that says what is known.</summary>
        public TokenEvidence Explain(IOperation? operation, CancellationToken cancellationToken)
        {
            if (operation == null)
            {
                return TokenEvidence.None;
            }

            var evaluator = new TokenValueEvaluator(this, operation.Root(), cancellationToken);
            return evaluator.Explain(operation);
        }

        internal MethodTokenFlow FlowFor(IOperation root, CancellationToken cancellationToken)
        {
            if (_flows.TryGetValue(root, out var flow))
            {
                return flow;
            }

            flow = MethodTokenFlow.Compute(this, root, cancellationToken);
            Interlocked.Increment(ref _computedFlows);
            return _flows.GetValue(root, _ => flow);
        }

        internal TokenSourceSettings SettingsFor(SyntaxTree tree)
        {
            var options = _options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            return new TokenSourceSettings(
                CoolsetOptions.TokenEnvironmentVariable.Read(options),
                CoolsetOptions.TokenConfigurationKey.Read(options));
        }
    }

    /// <summary>The option values that name token sources, for one syntax tree.</summary>
    internal readonly struct TokenSourceSettings
    {
        public TokenSourceSettings(string environmentVariable, string configurationKey)
        {
            EnvironmentVariable = environmentVariable;
            ConfigurationKey = configurationKey;
        }

        public string EnvironmentVariable { get; }

        public string ConfigurationKey { get; }
    }
}
