using System;
using System.Collections.Concurrent;
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
        public static readonly ConfiguredSinks None = new ConfiguredSinks();

        private readonly HashSet<ISymbol> _methods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _types = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<string> _methodNames = new HashSet<string>(StringComparer.Ordinal);

        public bool IsEmpty => _methods.Count == 0 && _types.Count == 0;

        /// <summary>The names of the sink methods (a type's sinks are the methods it declares).</summary>
        public IReadOnlyCollection<string> MethodNames => _methodNames;

        /// <summary>Whether a method of this name may be one of the sinks: a cheap test before <see cref="Contains"/>.</summary>
        public bool MayContain(string methodName) => _methodNames.Count != 0 && _methodNames.Contains(methodName);

        public bool Contains(IMethodSymbol method) =>
            _methods.Contains(method.OriginalDefinition) ||
            (method.ContainingType != null && _types.Contains(method.ContainingType.OriginalDefinition));

        public static ConfiguredSinks Resolve(Compilation compilation, ImmutableArray<string> ids)
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
                            sinks._methodNames.Add(method.Name);
                            break;
                        case INamedTypeSymbol type:
                            sinks._types.Add(type.OriginalDefinition);
                            foreach (var member in type.GetMembers())
                            {
                                if (member.Kind == SymbolKind.Method)
                                {
                                    sinks._methodNames.Add(member.Name);
                                }
                            }

                            break;
                    }
                }
            }

            return sinks.IsEmpty ? None : sinks;
        }
    }

    /// <summary>
    /// The configured sinks of each syntax tree (the option may differ between folders), resolved on first use;
    /// trees with the same option value share one resolution.
    /// </summary>
    internal sealed class ConfiguredSinksByTree
    {
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly ConcurrentDictionary<SyntaxTree, ConfiguredSinks> _byTree = new ConcurrentDictionary<SyntaxTree, ConfiguredSinks>();
        private readonly ConcurrentDictionary<string, ConfiguredSinks> _byValue = new ConcurrentDictionary<string, ConfiguredSinks>(StringComparer.Ordinal);
        private readonly Func<SyntaxTree, ConfiguredSinks> _resolveTree;

        public ConfiguredSinksByTree(Compilation compilation, AnalyzerOptions options)
        {
            _compilation = compilation;
            _options = options;
            _resolveTree = ResolveTree;
        }

        public ConfiguredSinks For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _resolveTree);

        /// <summary>Whether any tree of the compilation names a sink that exists.</summary>
        public bool Any(CancellationToken cancellationToken)
        {
#pragma warning disable RS0030 // Reads each tree's options, no syntax; asked only when the compilation references no logging type.
            foreach (var tree in _compilation.SyntaxTrees)
#pragma warning restore RS0030
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!For(tree).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        private ConfiguredSinks ResolveTree(SyntaxTree tree)
        {
            var ids = CoolsetOptions.LoggingMethods.Read(_options.AnalyzerConfigOptionsProvider.GetOptions(tree));
            return ids.IsEmpty
                ? ConfiguredSinks.None
                : _byValue.GetOrAdd(string.Join("|", ids), _ => ConfiguredSinks.Resolve(_compilation, ids));
        }
    }
}
