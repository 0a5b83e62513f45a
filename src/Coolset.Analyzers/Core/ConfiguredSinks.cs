using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Core
{
    /// <summary>The methods named in <c>coolset.logging_methods</c> (<c>M:…</c> one method, <c>T:…</c> all methods of a type).</summary>
    internal sealed class ConfiguredSinks
    {
        private readonly HashSet<ISymbol> _methods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _types = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        private bool IsEmpty => _methods.Count == 0 && _types.Count == 0;

        /// <summary>The configured sinks of each tree that has any; trees with the same option value share one set.</summary>
        public static Dictionary<SyntaxTree, ConfiguredSinks> ForTrees(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var byTree = new Dictionary<SyntaxTree, ConfiguredSinks>();
            var byValue = new Dictionary<string, ConfiguredSinks>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ids = CoolsetOptions.LoggingMethods.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree));
                if (ids.IsEmpty)
                {
                    continue;
                }

                var key = string.Join("|", ids);
                if (!byValue.TryGetValue(key, out var sinks))
                {
                    sinks = Resolve(compilation, ids);
                    byValue.Add(key, sinks);
                }

                if (!sinks.IsEmpty)
                {
                    byTree.Add(tree, sinks);
                }
            }

            return byTree;
        }

        public bool Contains(IMethodSymbol method) =>
            _methods.Contains(method.OriginalDefinition) ||
            (method.ContainingType != null && _types.Contains(method.ContainingType.OriginalDefinition));

        private static ConfiguredSinks Resolve(Compilation compilation, ImmutableArray<string> ids)
        {
            var sinks = new ConfiguredSinks();
            foreach (var id in ids)
            {
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                {
                    switch (symbol)
                    {
                        case IMethodSymbol method:
                            sinks._methods.Add(method.OriginalDefinition);
                            break;
                        case INamedTypeSymbol type:
                            sinks._types.Add(type.OriginalDefinition);
                            break;
                    }
                }
            }

            return sinks;
        }
    }
}
